/// Why an XmR chart could not be drawn. ``message`` is Swedish, for planners.
public enum SPCError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A segment (the whole series when not rebased) has fewer points than the configuration requires.
    case tooFewPoints(segmentStart: String, count: Int, minimum: Int)
    /// A value is NaN or infinite.
    case nonFiniteValue(period: String)
    /// A rebase break is not strictly inside the series, or breaks are not in increasing order.
    case invalidBreak(String)
    /// The periods are not strictly increasing, or do not match the values one to one.
    case invalidPeriods(String)
    /// A configuration setting is below its minimum.
    case invalidSetting(name: String, value: Int, minimum: Int)

    /// A stable code for logs and APIs, e.g. "spc.too_few_points".
    public var code: String {
        switch self {
        case .tooFewPoints: "spc.too_few_points"
        case .nonFiniteValue: "spc.non_finite_value"
        case .invalidBreak: "spc.invalid_break"
        case .invalidPeriods: "spc.invalid_periods"
        case .invalidSetting: "spc.invalid_setting"
        }
    }

    /// A Swedish sentence naming the value, the place and the fix.
    public var message: String {
        switch self {
        case let .tooFewPoints(start, count, minimum):
            "Styrgränser kräver minst \(minimum) punkter, men perioden från \(start) har \(count). "
                + "Vänta in fler veckor, flytta omstarten (rebasing) eller visa ett diagram utan gränser."
        case let .nonFiniteValue(period):
            "Värdet för \(period) är inte ett tal (NaN eller oändligt). Rätta eller ta bort värdet."
        case let .invalidBreak(detail):
            "Ogiltig omstart av styrgränser: \(detail)"
        case let .invalidPeriods(detail):
            "Ogiltiga perioder: \(detail)"
        case let .invalidSetting(name, value, minimum):
            "Inställningen \(name) är \(value) men måste vara minst \(minimum)."
        }
    }

    /// The Swedish ``message``.
    public var description: String { message }
}
