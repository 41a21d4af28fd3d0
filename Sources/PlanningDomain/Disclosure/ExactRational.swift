/// The exact arithmetic ran out of `Int` range; whatever was being proven must be treated as unproven.
public struct ExactArithmeticOverflow: Error, Hashable, Sendable {
    /// The operation that overflowed, e.g. "multiply".
    public let operation: String

    /// Creates the error for `operation`.
    public init(operation: String) { self.operation = operation }
}

/// An exact fraction of two `Int`s, always reduced and with a positive denominator.
///
/// Every operation checks for overflow and throws ``ExactArithmeticOverflow`` instead of trapping or wrapping:
/// disclosure control must never conclude "safe" from a wrong number, so callers treat an overflow as "not proven
/// safe" (fail closed). Floating point is never used for the same reason: rounding can make a derivable cell look
/// underivable.
public struct ExactRational: Hashable, Sendable, CustomStringConvertible {
    /// The numerator (carries the sign).
    public let numerator: Int
    /// The denominator, always > 0.
    public let denominator: Int

    /// Zero.
    public static let zero = ExactRational(unchecked: 0, 1)
    /// One.
    public static let one = ExactRational(unchecked: 1, 1)

    private init(unchecked numerator: Int, _ denominator: Int) {
        self.numerator = numerator
        self.denominator = denominator
    }

    /// The integer `value`.
    public init(_ value: Int) { self.init(unchecked: value, 1) }

    /// `numerator / denominator`, reduced. `denominator` must not be zero.
    public init(_ numerator: Int, _ denominator: Int) throws(ExactArithmeticOverflow) {
        precondition(denominator != 0, "ExactRational with a zero denominator")
        if numerator == 0 {
            self.init(unchecked: 0, 1)
            return
        }
        let divisor = Self.gcd(numerator.magnitude, denominator.magnitude)
        // `divisor` divides both magnitudes, so it fits in Int unless both are Int.min's magnitude.
        guard let intDivisor = Int(exactly: divisor) else { throw ExactArithmeticOverflow(operation: "reduce") }
        var top = numerator / intDivisor
        var bottom = denominator / intDivisor
        if bottom < 0 {
            top = try Self.negate(top)
            bottom = try Self.negate(bottom)
        }
        self.init(unchecked: top, bottom)
    }

    /// True when the value is zero.
    public var isZero: Bool { numerator == 0 }

    /// The value as an `Int` when it is whole.
    public var integerValue: Int? { denominator == 1 ? numerator : nil }

    /// "n" or "n/d".
    public var description: String { denominator == 1 ? "\(numerator)" : "\(numerator)/\(denominator)" }

    /// `-self`.
    public func negated() throws(ExactArithmeticOverflow) -> ExactRational {
        ExactRational(unchecked: try Self.negate(numerator), denominator)
    }

    /// `self + other`.
    public func adding(_ other: ExactRational) throws(ExactArithmeticOverflow) -> ExactRational {
        if other.isZero { return self }
        if isZero { return other }
        // Fast path: most entries in table relations are whole numbers.
        if denominator == 1 && other.denominator == 1 {
            return ExactRational(unchecked: try Self.add(numerator, other.numerator), 1)
        }
        // Work over lcm(d1, d2) rather than d1·d2 so ordinary sums stay far from the limit.
        let common = Int(exactly: Self.gcd(denominator.magnitude, other.denominator.magnitude)) ?? 1
        let left = try Self.multiply(numerator, other.denominator / common)
        let right = try Self.multiply(other.numerator, denominator / common)
        let top = try Self.add(left, right)
        let bottom = try Self.multiply(denominator / common, other.denominator)
        return try ExactRational(top, bottom)
    }

    /// `self - other`.
    public func subtracting(_ other: ExactRational) throws(ExactArithmeticOverflow) -> ExactRational {
        try adding(other.negated())
    }

    /// `self · other`.
    public func multiplied(by other: ExactRational) throws(ExactArithmeticOverflow) -> ExactRational {
        if isZero || other.isZero { return .zero }
        if denominator == 1 && other.denominator == 1 {
            return ExactRational(unchecked: try Self.multiply(numerator, other.numerator), 1)
        }
        // Cross-reduce first so the products are as small as they can be.
        let first = Int(exactly: Self.gcd(numerator.magnitude, other.denominator.magnitude)) ?? 1
        let second = Int(exactly: Self.gcd(other.numerator.magnitude, denominator.magnitude)) ?? 1
        let top = try Self.multiply(numerator / first, other.numerator / second)
        let bottom = try Self.multiply(denominator / second, other.denominator / first)
        return try ExactRational(top, bottom)
    }

    /// `self / other`; `other` must not be zero.
    public func divided(by other: ExactRational) throws(ExactArithmeticOverflow) -> ExactRational {
        precondition(!other.isZero, "ExactRational division by zero")
        if other == .one { return self }
        return try multiplied(by: ExactRational(other.denominator, other.numerator))
    }

    static func gcd(_ a: UInt, _ b: UInt) -> UInt {
        var (a, b) = (a, b)
        while b != 0 { (a, b) = (b, a % b) }
        return a
    }

    static func add(_ a: Int, _ b: Int) throws(ExactArithmeticOverflow) -> Int {
        let (result, overflow) = a.addingReportingOverflow(b)
        if overflow { throw ExactArithmeticOverflow(operation: "add") }
        return result
    }

    static func multiply(_ a: Int, _ b: Int) throws(ExactArithmeticOverflow) -> Int {
        let (result, overflow) = a.multipliedReportingOverflow(by: b)
        if overflow { throw ExactArithmeticOverflow(operation: "multiply") }
        return result
    }

    static func negate(_ a: Int) throws(ExactArithmeticOverflow) -> Int {
        // -Int.min does not exist.
        if a == Int.min { throw ExactArithmeticOverflow(operation: "negate") }
        return -a
    }
}
