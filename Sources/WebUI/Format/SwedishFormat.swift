public import PlanningDomain

/// Swedish display formatting for the web UI: numbers, percentages, dates and ISO weeks.
///
/// PlanningDomain has a similar internal helper for its messages (`PlanText`), but it is not public and uses a
/// plain space; the UI wants the typographic forms (narrow no-break space between thousands, a true minus sign,
/// a no-break space before "%") so numbers never wrap in a table cell. Month names come from the domain
/// (`YearMonth.swedishMonthName`; months and quarters also have `swedishLabel` there). Formatting is done by
/// hand rather than by a locale-dependent formatter so that output is identical on every machine.
public enum SwedishFormat {
    /// U+202F NARROW NO-BREAK SPACE, the thousands separator.
    public static let thousandsSeparator = "\u{202F}"
    /// U+00A0 NO-BREAK SPACE, between a number and its unit ("12,3 %").
    public static let unitSpace = "\u{00A0}"
    /// U+2212 MINUS SIGN, which lines up with digits where a hyphen does not.
    public static let minus = "\u{2212}"
    /// What a missing or non-finite value is shown as: an en dash.
    public static let missing = "–"

    /// `value` with `decimals` decimals, a decimal comma and narrow no-break spaces between thousands,
    /// e.g. 12345.67 → "12 345,7" with one decimal. Nil, NaN and ±∞ become "–".
    ///
    /// - Parameter trimZeros: drop trailing zero decimals ("200" rather than "200,0").
    public static func number(_ value: Double?, decimals: Int = 0, trimZeros: Bool = false) -> String {
        guard let value, value.isFinite else { return missing }
        let decimals = max(0, min(decimals, 9))
        // Beyond 2^53 a Double has no fractional digits and Int conversion could overflow; such numbers do not
        // occur in planning data, so the plain form is good enough there.
        guard abs(value) < 1e15 else { return value < 0 ? minus + "\(-value)" : "\(value)" }
        var scale = 1
        for _ in 0..<decimals { scale *= 10 }
        let scaled = Int((abs(value) * Double(scale)).rounded(.toNearestOrAwayFromZero))
        var fraction = scaled % scale
        var fractionDigits = decimals
        if trimZeros {
            while fractionDigits > 0, fraction % 10 == 0 {
                fraction /= 10
                fractionDigits -= 1
            }
        }
        var text = grouped(scaled / scale)
        if fractionDigits > 0 {
            text += "," + padded(fraction, width: fractionDigits)
        }
        // A value that rounds to zero is shown without a sign ("0", not "−0").
        return (value < 0 && scaled != 0 ? minus : "") + text
    }

    /// An integer with thousands separators, e.g. 1234567 → "1 234 567".
    public static func integer(_ value: Int) -> String {
        (value < 0 ? minus : "") + grouped(value.magnitude)
    }

    /// A fraction as a percentage, e.g. 0.1234 → "12,3 %" (one decimal by default).
    public static func percent(_ fraction: Double?, decimals: Int = 1) -> String {
        guard let fraction, fraction.isFinite else { return missing }
        return number(fraction * 100, decimals: decimals) + unitSpace + "%"
    }

    /// A date in running text, e.g. "25 november 2026".
    public static func date(_ date: CivilDate) -> String {
        // The month name comes from the domain, so the UI and the domain's messages spell months alike.
        "\(date.day) \(date.yearMonth.swedishMonthName) \(date.year)"
    }

    /// A date in the short numeric ISO form used in tables, e.g. "2026-11-25".
    public static func shortDate(_ date: CivilDate) -> String {
        date.description
    }

    /// The short week label for chart axes, e.g. "v. 12".
    public static func weekShort(_ week: ISOWeek) -> String {
        "v.\(unitSpace)\(week.week)"
    }

    /// The ISO form, e.g. "2026-W12".
    public static func weekISO(_ week: ISOWeek) -> String {
        week.description
    }

    /// A value for tooltips and summaries: up to two decimals, trailing zeros dropped ("12,5", "1 200").
    public static func value(_ value: Double?) -> String {
        number(value, decimals: 2, trimZeros: true)
    }

    /// The long form for headings and tables, e.g. "vecka 12 2026".
    public static func weekLong(_ week: ISOWeek) -> String {
        "vecka \(week.week) \(week.year)"
    }

    private static func grouped(_ value: some BinaryInteger) -> String {
        let digits = String(value)
        var result = ""
        result.reserveCapacity(digits.utf8.count * 2)
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { result += thousandsSeparator }
            result.append(digit)
        }
        return result
    }

    private static func padded(_ value: Int, width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
