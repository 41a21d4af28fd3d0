import Hummingbird
import WebUI

/// A page being built: its title, messages, content and the tables it shows (so each can be downloaded).
struct WebPage: Sendable {
    /// The `<h1>` and document title.
    var title: String
    /// Messages above the content.
    var flash: [FlashMessage] = []
    /// The content, in order.
    var content: [HTMLNode] = []
    /// The tables shown, by id.
    var tables: [WebTable] = []
    /// The page's status (200 unless it reports a refusal).
    var status: HTTPResponse.Status = .ok
    /// The page's path and query without export parameters; export links start from it. Nil: no export links.
    var exportBase: String?

    /// A page without export links (use ``PageContext/page(_:)`` for pages with tables).
    init(title: String) {
        self.title = title
    }

    /// Appends content.
    mutating func add(_ node: HTMLNode) { content.append(node) }

    /// Appends a table with its export links.
    mutating func add(_ table: WebTable) {
        precondition(!tables.contains { $0.id == table.id }, "Two tables with id \(table.id) on one page")
        tables.append(table)
        content.append(table.dataTable(exportBase: exportBase).node())
    }

    /// Appends a section with a heading, its content built by `build`.
    mutating func section(_ heading: String, id: String? = nil, _ build: (inout WebPage) -> Void) {
        var inner = self
        inner.content = []
        build(&inner)
        tables = inner.tables
        var attributes: [HTMLAttribute] = [.class("page-section")]
        if let id { attributes.append(.id(id)) }
        content.append(
            .element("section", attributes, [.h2 { heading }] + inner.content))
    }

    /// A paragraph.
    mutating func paragraph(_ text: String) { content.append(.p { text }) }
}
