import Foundation
import PlanningDomain
import WebUI

/// Small Swedish texts the pages share.
enum WebText {
    /// An ISO 8601 or SQLite timestamp as "2025-10-09 14:05" in Swedish time; unparseable text is shown as is.
    static func timestamp(_ text: String) -> String {
        let iso = ISO8601DateFormatter()
        let sqlite = DateFormatter()
        sqlite.locale = Locale(identifier: "en_US_POSIX")
        sqlite.timeZone = TimeZone(identifier: "UTC")
        sqlite.dateFormat = "yyyy-MM-dd HH:mm:ss.SSS"
        guard let date = iso.date(from: text) ?? sqlite.date(from: text) else { return text }
        let output = DateFormatter()
        output.locale = Locale(identifier: "sv_SE")
        output.timeZone = TimeZone(identifier: "Europe/Stockholm")
        output.dateFormat = "yyyy-MM-dd HH:mm"
        return output.string(from: date)
    }

    /// The date part of a timestamp, "2025-10-09", in Swedish time.
    static func date(_ text: String) -> String {
        String(timestamp(text).prefix(10))
    }

    /// A Swedish number for running text.
    static func number(_ value: Double, decimals: Int = 0) -> String {
        SwedishFormat.number(value, decimals: decimals)
    }
}
