/// Coordinates for SVG attributes: one decimal, "." as separator, no exponent, "-0" never appears.
enum SVGNumber {
    /// `value` rounded to one decimal, e.g. 12.345 → "12.3", 4.0 → "4".
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let magnitude = tenths.magnitude
        let whole = magnitude / 10
        let fraction = magnitude % 10
        return fraction == 0 ? sign + String(whole) : sign + String(whole) + "." + String(fraction)
    }
}

/// Screening of chart inputs: NaN and ±∞ cannot be drawn, so they become gaps and are counted for a note.
enum ChartValues {
    /// `values` with non-finite entries replaced by nil, and how many were replaced.
    static func finite(_ values: [Double?]) -> (values: [Double?], dropped: Int) {
        var dropped = 0
        let cleaned = values.map { value -> Double? in
            guard let value else { return nil }
            if value.isFinite { return value }
            dropped += 1
            return nil
        }
        return (cleaned, dropped)
    }

    /// The Swedish note under a chart whose data had `dropped` non-finite values, or nil for none.
    static func droppedNote(_ dropped: Int) -> String? {
        switch dropped {
        case 0: nil
        case 1: "1 värde som inte var ett giltigt tal har utelämnats ur diagrammet."
        default: "\(dropped) värden som inte var giltiga tal har utelämnats ur diagrammet."
        }
    }
}
