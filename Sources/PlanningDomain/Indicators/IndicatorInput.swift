/// A region node's data, as plain values, for computing the catalogue's indicators.
///
/// Every optional source is nil when the node has no such data at all: indicators that need it are then reported
/// as not available (``IndicatorUnavailability/missingData(_:)``), never as zero.
public struct IndicatorInput: Sendable {
    /// The region's county code, e.g. "05".
    public var regionCode: String
    /// The planning objects: their specialty and contact type decide the groups.
    public var planningObjects: [PlanningObject]
    /// Weekly inflow (new referrals / waiting-list entries).
    public var inflow: ObservedWeeklySeries?
    /// Weekly production outcome.
    public var production: ObservedWeeklySeries?
    /// Planned weekly production from the agreed production plans.
    public var plannedProduction: ObservedWeeklySeries?
    /// Forecast weekly inflow, as forecast before the weeks happened.
    public var inflowForecast: ObservedWeeklySeries?
    /// Weekly cancellations (strykningar).
    public var cancellations: ObservedWeeklySeries?
    /// Weekly occupied bed-days (belagda vårddagar) of inpatient planning objects.
    public var occupiedBedDays: ObservedWeeklySeries?
    /// Waiting-list snapshots reduced to days waited (``WaitingDaysSnapshot/init(_:)`` reduces a full one); the
    /// period's last snapshot gives its waiting figures.
    public var waitingSnapshots: [WaitingDaysSnapshot]?
    /// Waits that ended by treatment.
    public var completedWaits: CompletedWaits?
    /// The capacity resources.
    public var resources: [Resource]
    /// Available capacity per unit, resource and week; a week is covered when any record names it.
    public var capacity: [CapacityRecord]?
    /// Resource use per unit of production (kapacitetsåtgång), for capacity utilisation.
    public var resourceUse: [ResourceUseFactor]
    /// The codes of the resources the region treats as limiting (begränsande kapaciteter).
    public var limitingResourceCodes: Set<String>
    /// The specialty of a unit's capacity, by unit code, where it cannot be read off the unit's planning objects
    /// (a unit whose objects span several specialties, or a unit without objects).
    public var unitSpecialties: [String: String]

    /// Input with planning objects only; set the sources the node has.
    public init(regionCode: String, planningObjects: [PlanningObject]) {
        self.regionCode = regionCode
        self.planningObjects = planningObjects
        self.resources = []
        self.resourceUse = []
        self.limitingResourceCodes = []
        self.unitSpecialties = [:]
    }
}
