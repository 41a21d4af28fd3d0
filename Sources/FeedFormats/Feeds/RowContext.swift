import PlanningDomain

/// Reads typed values from one row, recording a located issue for every bad value.
struct RowContext {
    let line: Int
    let fields: [String]
    /// Column labels for messages, computed once per file (a row must not box the whole table).
    let labels: ColumnLabels
    var failed = false

    init(line: Int, fields: [String], labels: ColumnLabels) {
        self.line = line
        self.fields = fields
        self.labels = labels
    }

    /// The trimmed text at `index`, or "" when the row is shorter than the header.
    func text(_ index: Int) -> String {
        guard index < fields.count else { return "" }
        let raw = fields[index]
        // Fast path: most fields have no surrounding spaces.
        if let first = raw.utf8.first, let last = raw.utf8.last, first != 0x20, last != 0x20, first != 0x09,
            last != 0x09, last != 0x0D
        {
            return raw
        }
        return raw.trimmingSpaces()
    }

    mutating func fail(
        _ index: Int?, _ value: String?, _ code: FeedIssueCode, _ message: String, into issues: inout IssueCollector
    ) {
        failed = true
        issues.add(
            line: line, column: index.map { labels[$0] }, value: value.map(RowContext.safeValue), code,
            message)
    }

    /// A value as quoted in a message: truncated, and never a personal identity number.
    static func safeValue(_ value: String) -> String {
        if PersonalIdentityNumberDetector.matches(value) { return "(dolt: ser ut som ett personnummer)" }
        return value.count > 40 ? String(value.prefix(40)) + "…" : value
    }

    /// A required, non-empty text of at most `maxLength` characters.
    mutating func requiredText(
        _ index: Int, _ column: FeedColumn, into issues: inout IssueCollector, maxLength: Int = 200
    )
        -> String
    {
        let value = text(index)
        if value.isEmpty {
            fail(index, nil, .missingValue, "Värde saknas. Ange \(column.meaning).", into: &issues)
        } else if value.count > maxLength {
            fail(index, value, .tooLong, "Texten är längre än \(maxLength) tecken. Korta den.", into: &issues)
        }
        return value
    }

    /// An ISO week.
    mutating func week(_ index: Int, into issues: inout IssueCollector) -> ISOWeek? {
        let value = text(index)
        if value.isEmpty {
            fail(index, nil, .missingValue, "Vecka saknas. Skriv veckan som ÅÅÅÅ-Wvv, t.ex. 2025-W07.", into: &issues)
            return nil
        }
        switch ISOWeek.parse(value) {
        case .success(let week): return week
        case .failure(.weekOutOfRange(let year, _, let weeksInYear)):
            fail(
                index, value, .invalidWeek,
                "\(year) har \(weeksInYear) ISO-veckor. Skriv en vecka mellan \(year)-W01 och "
                    + "\(year)-W\(weeksInYear).", into: &issues)
        case .failure(.malformed):
            fail(
                index, value, .invalidWeek, "Ingen giltig ISO-vecka. Skriv veckan som ÅÅÅÅ-Wvv, t.ex. 2025-W07.",
                into: &issues)
        }
        return nil
    }

    /// A yes/no field: ja/nej, j/n, 1/0, x, true/false, yes/no; empty is no.
    mutating func flag(_ index: Int, into issues: inout IssueCollector) -> Bool {
        let value = text(index)
        switch TextFolding.fold(value) {
        case "", "nej", "n", "0", "false", "no": return false
        case "ja", "j", "1", "x", "true", "yes": return true
        default:
            fail(index, value, .invalidChoice, "Skriv ja eller nej (eller lämna tomt för nej).", into: &issues)
            return false
        }
    }

    /// A calendar date; `required: false` accepts an empty field as nil.
    mutating func date(_ index: Int, required: Bool, into issues: inout IssueCollector) -> CivilDate? {
        var value = text(index)
        if value.isEmpty {
            if required {
                fail(index, nil, .missingValue, "Datum saknas. Skriv datum som ÅÅÅÅ-MM-DD.", into: &issues)
            }
            return nil
        }
        // Spreadsheet exports often append a midnight time: "2025-03-14 00:00:00" or "2025-03-14T00:00".
        if value.utf8.count > 10, let separator = value.firstIndex(where: { $0 == " " || $0 == "T" }) {
            value = String(value[..<separator])
        }
        if let date = CivilDate.parse(value) { return date }
        fail(
            index, value, .invalidDate, "Inget giltigt datum. Skriv datum som ÅÅÅÅ-MM-DD, t.ex. 2025-03-14.",
            into: &issues)
        return nil
    }

    /// A whole number ≥ 0; an empty field gives `defaultValue` when one is allowed.
    mutating func count(_ index: Int, defaultValue: Int? = nil, into issues: inout IssueCollector) -> Int? {
        let value = text(index)
        if value.isEmpty {
            if let defaultValue { return defaultValue }
            fail(index, nil, .missingValue, "Antal saknas. Ange ett heltal ≥ 0 (0 om inget hände).", into: &issues)
            return nil
        }
        if let whole = Int(value) {
            if whole < 0 {
                fail(index, value, .negativeNumber, "Antal kan inte vara negativt. Ange ett heltal ≥ 0.", into: &issues)
                return nil
            }
            return whole
        }
        if let number = NumberParsing.decimal(value), number == number.rounded(), abs(number) < 1e12 {
            if number < 0 {
                fail(index, value, .negativeNumber, "Antal kan inte vara negativt. Ange ett heltal ≥ 0.", into: &issues)
                return nil
            }
            return Int(number)
        }
        fail(index, value, .invalidNumber, "Inget heltal. Ange ett heltal ≥ 0, t.ex. 12.", into: &issues)
        return nil
    }

    /// A decimal number ≥ 0 (decimal comma or point); an empty field gives `defaultValue` when allowed.
    mutating func amount(_ index: Int, defaultValue: Double? = nil, into issues: inout IssueCollector) -> Double? {
        let value = text(index)
        if value.isEmpty {
            if let defaultValue { return defaultValue }
            fail(index, nil, .missingValue, "Värde saknas. Ange ett tal ≥ 0, t.ex. 37,5.", into: &issues)
            return nil
        }
        guard let number = NumberParsing.decimal(value), number.isFinite else {
            fail(
                index, value, .invalidNumber, "Inget tal. Ange ett tal ≥ 0 med decimalkomma, t.ex. 37,5.", into: &issues
            )
            return nil
        }
        guard number >= 0 else {
            fail(index, value, .negativeNumber, "Värdet kan inte vara negativt. Ange ett tal ≥ 0.", into: &issues)
            return nil
        }
        return number
    }
}

/// The labels of a table's columns, as shown in messages.
final class ColumnLabels: Sendable {
    private let labels: [String]

    init(_ table: some FeedTable) {
        labels = (0..<table.header.count + 8).map { table.columnLabel($0) }
    }

    subscript(index: Int) -> String { index < labels.count ? labels[index] : "kolumn \(index + 1)" }
}
