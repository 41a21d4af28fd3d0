/// Formatting of numbers and weeks in Swedish texts a planner reads (messages, warnings).
enum PlanText {
    /// A number with a decimal comma and spaces between thousands, e.g. "12 345,5".
    ///
    /// Trailing zero decimals are dropped ("200" rather than "200,0").
    static func number(_ value: Double, decimals: Int = 1) -> String {
        guard value.isFinite else { return value.isNaN ? "ej ett tal" : (value < 0 ? "-∞" : "∞") }
        guard abs(value) < 1e15 else { return "\(value)" }
        var scale = 1
        for _ in 0..<decimals { scale *= 10 }
        let scaled = Int((abs(value) * Double(scale)).rounded())
        let whole = scaled / scale
        var fraction = scaled % scale
        var fractionDigits = decimals
        while fractionDigits > 0, fraction % 10 == 0 {
            fraction /= 10
            fractionDigits -= 1
        }
        var text = grouped(whole)
        if fractionDigits > 0 {
            text += "," + ASCIIDigits.padded(fraction, width: fractionDigits)
        }
        return (value < 0 && scaled != 0 ? "-" : "") + text
    }

    /// A percentage with one decimal, e.g. "4,2 %".
    static func percent(_ fraction: Double) -> String {
        number(fraction * 100, decimals: 1) + " %"
    }

    /// "vecka 7 (2025-W07)": the week number planners say, with the ISO form for precision.
    static func week(_ week: ISOWeek) -> String {
        "vecka \(week.week) (\(week.description))"
    }

    /// `text` without leading and trailing spaces, tabs and newlines.
    static func trimmed(_ text: String) -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = text.firstIndex(where: { !isSpace($0) }), let last = text.lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(text[first...last])
    }

    private static func grouped(_ value: Int) -> String {
        let digits = String(value)
        var result = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { result += " " }
            result.append(digit)
        }
        return result
    }
}
