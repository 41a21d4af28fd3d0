/// A message after an action ("Planen är sparad."), shown once at the top of the next page.
///
/// Success and information use `role="status"` (announced politely); errors use `role="alert"` (announced at once).
public struct FlashMessage: Sendable, Hashable {
    /// The kind of message.
    public enum Kind: String, Sendable, Hashable {
        /// Something worked.
        case success
        /// Something failed.
        case error
        /// Neutral information.
        case info
    }

    /// The kind.
    public var kind: Kind
    /// The Swedish text.
    public var text: String

    /// A message.
    public init(_ kind: Kind, _ text: String) {
        self.kind = kind
        self.text = text
    }

    /// The message element.
    public func node() -> HTMLNode {
        let prefix =
            switch kind {
            case .success: "Klart: "
            case .error: "Fel: "
            case .info: "Information: "
            }
        return .div(.class("flash flash-\(kind.rawValue)"), .role(kind == .error ? "alert" : "status")) {
            // The prefix says in words what the colour says, for screen readers and greyscale print.
            HTMLNode.strong { prefix }
            text
        }
    }
}
