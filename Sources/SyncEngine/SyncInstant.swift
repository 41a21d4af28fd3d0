/// A point in time as the sync machines see it: milliseconds since 1970-01-01T00:00:00Z. The machines never
/// read a clock; the driver passes `now` with every event.
public struct SyncInstant: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// Milliseconds since the Unix epoch.
    public var milliseconds: Int64

    /// Creates an instant.
    public init(milliseconds: Int64) { self.milliseconds = milliseconds }

    /// Whole seconds since the Unix epoch (what request signatures carry).
    public var unixSeconds: Int64 { milliseconds >= 0 ? milliseconds / 1000 : (milliseconds - 999) / 1000 }

    /// This instant moved by `delta` milliseconds.
    public func advanced(byMilliseconds delta: Int64) -> SyncInstant { SyncInstant(milliseconds: milliseconds + delta) }

    /// Orders instants.
    public static func < (lhs: SyncInstant, rhs: SyncInstant) -> Bool { lhs.milliseconds < rhs.milliseconds }

    /// `t+<ms>ms`.
    public var description: String { "t+\(milliseconds)ms" }
}
