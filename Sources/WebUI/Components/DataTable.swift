/// A data table with a caption, column headers with `scope`, right-aligned Swedish-formatted numbers, a
/// horizontally scrollable (keyboard-focusable) wrapper on narrow screens, and optional export links.
public struct DataTable: Sendable, Hashable {
    /// A column: its header and how its cells are formatted.
    public struct Column: Sendable, Hashable {
        /// The header text.
        public var title: String
        /// How number cells in the column are formatted; text columns are left-aligned.
        public var kind: ColumnKind

        /// A column.
        public init(_ title: String, kind: ColumnKind = .text) {
            self.title = title
            self.kind = kind
        }
    }

    /// How a column's values are shown.
    public enum ColumnKind: Sendable, Hashable {
        /// Text, left-aligned.
        case text
        /// A number with a fixed number of decimals, right-aligned ("1 234,5").
        case number(decimals: Int)
        /// A fraction shown as a percentage, right-aligned (0.123 → "12,3 %").
        case percent(decimals: Int)

        var isNumeric: Bool { self != .text }
    }

    /// One cell's content.
    public enum Cell: Sendable, Hashable {
        /// Text.
        case text(String)
        /// A number formatted by the column's kind; nil or non-finite shows "–".
        case number(Double?)
        /// A link.
        case link(String, href: String)
        /// A status badge.
        case badge(StatusBadge)
        /// Any other content built with ``HTMLNode``.
        case node(HTMLNode)
    }

    /// The caption: what the table shows (required, it is how screen-reader users find the table).
    public var caption: String
    /// The columns.
    public var columns: [Column]
    /// The body rows; each should have one cell per column.
    public var rows: [[Cell]]
    /// Rows for `<tfoot>`, e.g. totals.
    public var footerRows: [[Cell]]
    /// Whether the first cell of each row is a row header (`<th scope="row">`).
    public var firstColumnIsRowHeader: Bool
    /// Links to download the same table, shown above it.
    public var exports: [ExportLink]
    /// The text shown instead of an empty body.
    public var emptyMessage: String

    /// A table.
    public init(
        caption: String, columns: [Column], rows: [[Cell]], footerRows: [[Cell]] = [],
        firstColumnIsRowHeader: Bool = true, exports: [ExportLink] = [],
        emptyMessage: String = "Det finns inga rader att visa."
    ) {
        self.caption = caption
        self.columns = columns
        self.rows = rows
        self.footerRows = footerRows
        self.firstColumnIsRowHeader = firstColumnIsRowHeader
        self.exports = exports
        self.emptyMessage = emptyMessage
    }

    /// The table with its export links and scroll wrapper.
    public func node() -> HTMLNode {
        .div(.class("table-block")) {
            if !exports.isEmpty {
                HTMLNode.p(.class("table-exports")) {
                    "Exportera: "
                    for (index, export) in exports.enumerated() {
                        if index > 0 { " · " }
                        export.node(tableCaption: caption)
                    }
                }
            }
            // A focusable, labelled region lets keyboard users scroll a wide table on a narrow screen.
            HTMLNode.div(
                .class("table-scroll"), .role("region"), .aria("label", caption), HTMLAttribute("tabindex", "0")
            ) {
                HTMLNode.table(.class("data-table")) {
                    HTMLNode.caption { caption }
                    HTMLNode.thead {
                        HTMLNode.tr {
                            for column in columns {
                                HTMLNode.th(
                                    HTMLAttribute("scope", "col"), .class(column.kind.isNumeric ? "num" : "text")
                                ) { column.title }
                            }
                        }
                    }
                    HTMLNode.tbody {
                        if rows.isEmpty {
                            HTMLNode.tr {
                                HTMLNode.td(HTMLAttribute("colspan", String(max(1, columns.count))), .class("empty")) {
                                    emptyMessage
                                }
                            }
                        }
                        for row in rows { rowNode(row) }
                    }
                    if !footerRows.isEmpty {
                        HTMLNode.tfoot {
                            for row in footerRows { rowNode(row) }
                        }
                    }
                }
            }
        }
    }

    private func rowNode(_ row: [Cell]) -> HTMLNode {
        .tr {
            for (index, cell) in row.enumerated() {
                let kind = index < columns.count ? columns[index].kind : .text
                let attributes: [HTMLAttribute] = [.class(kind.isNumeric ? "num" : "text")]
                if index == 0 && firstColumnIsRowHeader {
                    HTMLNode.element("th", attributes + [HTMLAttribute("scope", "row")], [content(cell, kind: kind)])
                } else {
                    HTMLNode.element("td", attributes, [content(cell, kind: kind)])
                }
            }
        }
    }

    private func content(_ cell: Cell, kind: ColumnKind) -> HTMLNode {
        switch cell {
        case .text(let text): .text(text)
        case .link(let text, let href): .a(.href(href)) { text }
        case .badge(let badge): badge.node()
        case .node(let node): node
        case .number(let value):
            switch kind {
            case .text: .text(SwedishFormat.number(value, decimals: 2, trimZeros: true))
            case .number(let decimals): .text(SwedishFormat.number(value, decimals: decimals))
            case .percent(let decimals): .text(SwedishFormat.percent(value, decimals: decimals))
            }
        }
    }
}
