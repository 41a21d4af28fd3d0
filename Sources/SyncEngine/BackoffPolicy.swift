/// Exponential backoff with full jitter: after the n-th consecutive failure wait a uniformly random time in
/// `0...min(cap, base · 2^(n−1))` milliseconds. Full jitter (rather than "exponential ± a bit") spreads the
/// retries of many nodes after a hub outage, so they do not return in lock-step.
public struct BackoffPolicy: Hashable, Sendable {
    /// The ceiling after the first failure, in milliseconds.
    public var baseMilliseconds: Int64
    /// The largest ceiling, in milliseconds.
    public var capMilliseconds: Int64

    /// Creates a policy; `base` ≥ 1 ms and `cap` ≥ `base`.
    public init(baseMilliseconds: Int64 = 1_000, capMilliseconds: Int64 = 300_000) {
        self.baseMilliseconds = max(1, baseMilliseconds)
        self.capMilliseconds = max(self.baseMilliseconds, capMilliseconds)
    }

    /// The largest delay after `failures` consecutive failures (`failures` ≥ 1).
    public func ceiling(afterFailures failures: Int) -> Int64 {
        let exponent = max(0, failures - 1)
        // Shift only while it cannot overflow or pass the cap.
        var ceiling = baseMilliseconds
        for _ in 0..<min(exponent, 62) {
            if ceiling >= capMilliseconds / 2 { return capMilliseconds }
            ceiling *= 2
        }
        return min(ceiling, capMilliseconds)
    }

    /// A random delay in `0...ceiling(afterFailures:)`, never less than `minimum` (a hub's Retry-After).
    public func delay(
        afterFailures failures: Int, minimumMilliseconds minimum: Int64 = 0,
        using random: inout some RandomNumberGenerator
    ) -> Int64 {
        max(minimum, Int64.random(in: 0...ceiling(afterFailures: failures), using: &random))
    }
}
