/// Number formatting for Swedish follow-up sentences, without Foundation: a comma as decimal separator.
enum FollowUpFormat {
    /// `value` rounded to `decimals` places with a decimal comma, e.g. 3.25 → "3,3" (one decimal).
    static func decimal(_ value: Double, decimals: Int = 1) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = Int((abs(value) * scale).rounded())
        let whole = scaled / Int(scale)
        let fraction = scaled % Int(scale)
        var text = (value < 0 && scaled != 0 ? "-" : "") + String(whole)
        if decimals > 0 {
            let digits = String(fraction)
            text += "," + String(repeating: "0", count: decimals - digits.count) + digits
        }
        return text
    }

    /// A fraction as a whole percentage with a space before the sign, e.g. 0.873 → "87 %".
    static func percent(_ fraction: Double) -> String {
        decimal(fraction * 100, decimals: 0) + " %"
    }
}
