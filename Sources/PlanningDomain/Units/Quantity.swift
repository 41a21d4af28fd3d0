/// An amount in a unit, such as 12 `Quantity<Days>` or 3.5 `Quantity<PatientsPerWeek>`.
///
/// The unit is part of the type, so the compiler rejects `days + weeks` and `patients + hours`: there is no
/// `+` between different units. Convert explicitly with the named conversions (``Quantity/inWeeks``,
/// ``Quantity/inDays``) or the typed operators (`PatientsPerWeek * Weeks -> Patients`,
/// `Patients / Weeks -> PatientsPerWeek`). Codable as a bare number; the unit lives in the schema, not the data.
public struct Quantity<Unit: UnitOfMeasure>: Hashable, Comparable, Sendable, Codable, AdditiveArithmetic,
    CustomStringConvertible
{
    /// The amount, in `Unit`.
    public var value: Double

    /// Creates a quantity of `value` in `Unit`.
    public init(_ value: Double) {
        self.value = value
    }

    /// Zero in `Unit`.
    public static var zero: Quantity { Quantity(0) }

    /// Adds two quantities of the same unit.
    public static func + (lhs: Quantity, rhs: Quantity) -> Quantity {
        Quantity(lhs.value + rhs.value)
    }

    /// Subtracts two quantities of the same unit.
    public static func - (lhs: Quantity, rhs: Quantity) -> Quantity {
        Quantity(lhs.value - rhs.value)
    }

    /// Negates a quantity.
    public static prefix func - (operand: Quantity) -> Quantity {
        Quantity(-operand.value)
    }

    /// Scales a quantity by a dimensionless factor.
    public static func * (lhs: Quantity, rhs: Double) -> Quantity {
        Quantity(lhs.value * rhs)
    }

    /// Scales a quantity by a dimensionless factor.
    public static func * (lhs: Double, rhs: Quantity) -> Quantity {
        Quantity(lhs * rhs.value)
    }

    /// Divides a quantity by a dimensionless divisor.
    public static func / (lhs: Quantity, rhs: Double) -> Quantity {
        Quantity(lhs.value / rhs)
    }

    /// The dimensionless ratio of two quantities of the same unit, e.g. utilisation = used / available.
    public static func / (lhs: Quantity, rhs: Quantity) -> Double {
        lhs.value / rhs.value
    }

    /// Orders by value.
    public static func < (lhs: Quantity, rhs: Quantity) -> Bool {
        lhs.value < rhs.value
    }

    /// The value and unit symbol, e.g. "3.5 pat/v".
    public var description: String { "\(value) \(Unit.symbol)" }

    /// Decodes from a bare number.
    public init(from decoder: any Decoder) throws {
        value = try decoder.singleValueContainer().decode(Double.self)
    }

    /// Encodes as a bare number.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}
