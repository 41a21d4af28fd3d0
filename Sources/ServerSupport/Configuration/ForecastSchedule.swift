/// When a node runs its scheduled forecast: never, or once a week at a local weekday and time
/// (`mon 03:00`; weekly because the feeds are weekly).
public enum ForecastSchedule: Sendable, Equatable, CustomStringConvertible {
    /// No scheduled forecasts (run them by hand with `balans forecast`).
    case off
    /// Weekly; `weekday` is ISO (1 = Monday … 7 = Sunday).
    case weekly(weekday: Int, hour: Int, minute: Int)

    /// The weekday abbreviations accepted, ISO order.
    public static let weekdayNames = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

    /// Parses `off` or `<weekday> HH:MM`, e.g. `mon 03:00`; nil for anything else.
    public init?(parsing text: String) {
        let lowered = text.lowercased()
        if lowered == "off" {
            self = .off
            return
        }
        let parts = lowered.split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count == 2, let day = Self.weekdayNames.firstIndex(of: String(parts[0])) else { return nil }
        let time = parts[1].split(separator: ":")
        guard time.count == 2, time[0].count == 2, time[1].count == 2, let hour = Int(time[0]),
            let minute = Int(time[1]), (0...23).contains(hour), (0...59).contains(minute)
        else { return nil }
        self = .weekly(weekday: day + 1, hour: hour, minute: minute)
    }

    /// The configuration-file form.
    public var description: String {
        switch self {
        case .off:
            return "off"
        case .weekly(let weekday, let hour, let minute):
            let hh = hour < 10 ? "0\(hour)" : "\(hour)"
            let mm = minute < 10 ? "0\(minute)" : "\(minute)"
            return "\(Self.weekdayNames[weekday - 1]) \(hh):\(mm)"
        }
    }
}
