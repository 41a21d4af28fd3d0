public import PlanningDomain

/// One line of the resource-use table: a (unit, resource) pair — or one planning object's own manual figure —
/// with the estimate, the analyst's override if any, and where the figure in force came from.
public struct ResourceUseRow: Sendable, Hashable {
    /// The unit.
    public var unitCode: String
    /// The resource.
    public var resourceCode: String
    /// The planning object for an object's own figure; nil for the pair.
    public var objectCode: String?
    /// The resource's measure, which decides the figure's form (minutes, days of stay, amount).
    public var measure: ResourceMeasure
    /// The estimated (or default) figure per unit of production: for a pair, the mean over the unit's objects
    /// that use the resource; nil when none does.
    public var estimate: Double?
    /// Objects the estimate's mean is over.
    public var objectCount: Int
    /// The analyst's figure in force, or nil.
    public var override: Double?
    /// Where the figure in force came from (manual when overridden).
    public var origin: ResourceUseSource.Origin?
    /// Where the estimate came from, before any override.
    public var estimateOrigin: ResourceUseSource.Origin?

    /// Root mean square error of the history estimate, in hours per week; nil unless estimated from history.
    public var rootMeanSquareError: Double? {
        if case .history(_, let rmse) = estimateOrigin { return rmse }
        return nil
    }

    /// The unit of the figures in Swedish ("minuter per enhet", "vårddagar per vårdtillfälle", …).
    public var figureUnit: String { Self.figureUnit(measure) }

    /// The unit of a resource's per-unit figure in Swedish.
    public static func figureUnit(_ measure: ResourceMeasure) -> String {
        switch measure {
        case .hours: "minuter per producerad enhet"
        case .beds: "vårddagar per vårdtillfälle"
        case .days: "dagar per producerad enhet"
        case .sessions: "pass per producerad enhet"
        }
    }
}
