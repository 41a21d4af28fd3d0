/// An analyst's own figure for resource use, replacing the estimate (kapacitetsåtgång satt manuellt).
///
/// The figure is in the resource's natural per-unit form: minutes per unit of production for resources measured
/// in hours, length of stay in days per admission for beds, and an amount per unit for days and sessions. It
/// applies either to one planning object (`objectCode`) or to the unit as a whole (`objectCode` nil): then every
/// object of the unit that uses the resource gets it (every object, when none does yet), so a unit-wide figure for
/// doctors' time does not give phone calls that never took a doctor a doctor's minutes. An object's own figure
/// wins over its unit's.
public struct ResourceUseOverride: Sendable, Hashable {
    /// The unit.
    public var unitCode: String
    /// The resource.
    public var resourceCode: String
    /// One planning object of the unit, or nil for the whole unit.
    public var objectCode: String?
    /// Minutes (hours resources), days of stay (beds) or an amount (days, sessions) per unit of production.
    public var value: Double
    /// Who set it.
    public var setBy: String
    /// When, as an ISO 8601 timestamp (time is a parameter: the domain reads no clock).
    public var setAt: String
    /// Why, in the analyst's words.
    public var reason: String

    /// Creates an override.
    public init(
        unitCode: String, resourceCode: String, objectCode: String? = nil, value: Double, setBy: String,
        setAt: String, reason: String
    ) {
        self.unitCode = unitCode
        self.resourceCode = resourceCode
        self.objectCode = objectCode
        self.value = value
        self.setBy = setBy
        self.setAt = setAt
        self.reason = reason
    }

    /// The origin shown wherever sources are shown.
    public var origin: ResourceUseSource.Origin { .manual(by: setBy, at: setAt, reason: reason) }
}
