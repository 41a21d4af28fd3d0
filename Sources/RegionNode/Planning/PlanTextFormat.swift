import Foundation

/// Number formatting for planners' text: Swedish decimal comma, space as thousands separator.
enum PlanTextFormat {
    static func number(_ value: Double, decimals: Int = 1) -> String {
        guard value.isFinite else { return value > 0 ? "∞" : "-∞" }
        let text = String(format: "%.\(decimals)f", abs(value))
        let parts = text.split(separator: ".")
        var whole = ""
        for (offset, digit) in parts[0].enumerated() {
            if offset > 0, (parts[0].count - offset) % 3 == 0 { whole += " " }
            whole.append(digit)
        }
        var fraction = parts.count > 1 ? String(parts[1]) : ""
        while fraction.hasSuffix("0") { fraction.removeLast() }
        let sign = value < 0 && (Double(text) ?? 0) != 0 ? "-" : ""
        return sign + whole + (fraction.isEmpty ? "" : "," + fraction)
    }

    static func percent(_ fraction: Double) -> String {
        fraction.isFinite ? number(fraction * 100, decimals: 1) + " %" : "∞"
    }

    /// Pads `text` to `width` characters (left-aligned).
    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    /// Pads `text` to `width` characters (right-aligned).
    static func padLeft(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
    }
}
