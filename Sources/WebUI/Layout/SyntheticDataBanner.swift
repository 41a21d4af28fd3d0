/// The banner that marks generated demonstration data, so nobody mistakes it for a region's real figures.
public enum SyntheticDataBanner {
    /// The banner text.
    public static let text = "Syntetiska data – endast för demonstration"

    /// The banner element.
    public static func node() -> HTMLNode {
        .div(.class("synthetic-banner"), .role("note")) {
            HTMLNode.strong { text }
            " Inga siffror på den här webbplatsen beskriver verkliga patienter eller verksamheter."
        }
    }
}
