/// A link to download a table in another format.
public struct ExportLink: Sendable, Hashable {
    /// The download formats planners use.
    public enum Format: String, Sendable, Hashable {
        /// Comma-separated values.
        case csv
        /// An Excel workbook (.xlsx).
        case excel

        var label: String {
            switch self {
            case .csv: "CSV"
            case .excel: "Excel (.xlsx)"
            }
        }
    }

    /// The format.
    public var format: Format
    /// Where the server serves the file.
    public var href: String

    /// An export link.
    public init(_ format: Format, href: String) {
        self.format = format
        self.href = href
    }

    func node(tableCaption: String) -> HTMLNode {
        .a(
            .href(href), .class("export-link"), HTMLAttribute(boolean: "download"),
            .aria("label", "Ladda ner \(tableCaption) som \(format.label)")
        ) { format.label }
    }
}
