/// A waiting-time target as planners state it: "p of patients within T" (e.g. 90 % within 90 days).
public struct TargetWait: Sendable, Hashable, Codable {
    /// The share that must be seen within the limit, in (0, 1).
    public var share: Double
    /// The limit.
    public var limit: Quantity<Weeks>

    /// Creates a target; `share` must be in (0, 1) and `limit` positive.
    public init?(share: Double, limit: Quantity<Weeks>) {
        guard share > 0, share < 1, limit.value > 0 else { return nil }
        self.share = share
        self.limit = limit
    }

    /// The factor T / mean wait that meets the target if waits are exponential: −ln(1 − p).
    ///
    /// 98 % gives ≈ 3.9 (the NHS-R "factor 4" rule of thumb); 90 % gives ≈ 2.3.
    public var factor: Double { -ElementaryMath.log(1 - share) }

    /// The mean wait that meets the target: T / factor.
    public var targetMeanWait: Quantity<Weeks> { Quantity(limit.value / factor) }
}
