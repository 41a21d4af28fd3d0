import Spreadsheet
import WebUI

/// A table a planner sees, in one model for the page (a ``DataTable``), CSV and .xlsx: every table on every page
/// can be downloaded as what it shows.
struct WebTable: Sendable {
    /// A cell: what the page shows and what the export writes.
    enum Value: Sendable, Hashable {
        /// Text.
        case text(String)
        /// A number, formatted by the column; nil shows "–" and exports as empty.
        case number(Double?)
        /// A link; the export writes the text.
        case link(String, href: String)
        /// A status badge; the export writes its text.
        case badge(StatusBadge)
    }

    /// The table's id in export links (`?tabell=`), unique on its page.
    var id: String
    /// The caption.
    var caption: String
    /// The columns.
    var columns: [DataTable.Column]
    /// The rows.
    var rows: [[Value]]
    /// The start of the download's file name, e.g. "planeringsobjekt".
    var fileName: String
    /// Shown instead of an empty body.
    var emptyMessage = "Det finns inga rader att visa."

    /// The page's table, with CSV and Excel links built from `exportBase` (the page's path and query).
    func dataTable(exportBase: String?) -> DataTable {
        let exports: [ExportLink] =
            exportBase.map { base in
                let joiner = base.contains("?") ? "&" : "?"
                return [
                    ExportLink(.csv, href: "\(base)\(joiner)format=csv&tabell=\(WebForm.escape(id))"),
                    ExportLink(.excel, href: "\(base)\(joiner)format=xlsx&tabell=\(WebForm.escape(id))"),
                ]
            } ?? []
        return DataTable(
            caption: caption, columns: columns,
            rows: rows.map { row in
                row.map { value -> DataTable.Cell in
                    switch value {
                    case .text(let text): .text(text)
                    case .number(let number): .number(number)
                    case .link(let text, let href): .link(text, href: href)
                    case .badge(let badge): .badge(badge)
                    }
                }
            }, exports: exports, emptyMessage: emptyMessage)
    }

    /// Column headers for a download; percentage columns say so, since they are written as percent numbers.
    var exportHeader: [String] {
        columns.map { column in
            if case .percent = column.kind { return "\(column.title) (%)" }
            return column.title
        }
    }

    /// The rows for a download: numbers stay numbers (percentages as percent, 12.5 for 12,5 %).
    var exportRows: [[XLSXWriter.Cell]] {
        rows.map { row in
            row.enumerated().map { index, value in
                switch value {
                case .text(let text), .link(let text, _): return .text(text)
                case .badge(let badge): return .text(badge.text)
                case .number(let number):
                    guard let number, number.isFinite else { return .empty }
                    if index < columns.count, case .percent = columns[index].kind { return .number(number * 100) }
                    return .number(number)
                }
            }
        }
    }

    /// Decimals a column's numbers are written with in CSV (what the page shows, percentages with one more).
    func csvDecimals(column index: Int) -> Int {
        guard index < columns.count else { return 2 }
        switch columns[index].kind {
        case .number(let decimals): return decimals
        case .percent(let decimals): return decimals
        case .text: return 2
        }
    }
}
