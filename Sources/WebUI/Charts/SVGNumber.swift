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
