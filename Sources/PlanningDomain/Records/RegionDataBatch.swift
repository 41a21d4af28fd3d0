/// Region data read from one or more import files, ready to be stored in one transaction.
///
/// Master data (units, planning objects, resources) is upserted by code; weekly counts and capacity are
/// upserted by their natural keys; a waiting-list snapshot replaces the stored snapshot of the same date.
public struct RegionDataBatch: Sendable {
    /// Organisation units.
    public var units: [OrganisationUnit] = []
    /// Planning objects.
    public var planningObjects: [PlanningObject] = []
    /// Capacity resources.
    public var resources: [Resource] = []
    /// Weekly inflow counts.
    public var inflow: [WeeklyCount] = []
    /// Weekly production outcome.
    public var production: [WeeklyCount] = []
    /// Weekly cancellations (strykningar).
    public var cancellations: [WeeklyCount] = []
    /// Weekly occupied bed-days (belagda vårddagar).
    public var occupiedBedDays: [WeeklyCount] = []
    /// Waiting-list snapshots.
    public var waitingSnapshots: [WaitingListSnapshot] = []
    /// Waits that ended with the care given (genomförda), one per patient, no identity.
    public var completedWaits: [CompletedWait] = []
    /// Available capacity.
    public var capacity: [CapacityRecord] = []

    /// An empty batch.
    public init() {}

    /// The weekly counts of `series`.
    public func counts(of series: ActivitySeries) -> [WeeklyCount] {
        switch series {
        case .inflow: inflow
        case .production: production
        case .cancellations: cancellations
        case .occupiedBedDays: occupiedBedDays
        }
    }

    /// Sets the weekly counts of `series`.
    public mutating func setCounts(_ counts: [WeeklyCount], of series: ActivitySeries) {
        switch series {
        case .inflow: inflow = counts
        case .production: production = counts
        case .cancellations: cancellations = counts
        case .occupiedBedDays: occupiedBedDays = counts
        }
    }

    /// Appends everything from `other`.
    public mutating func merge(_ other: RegionDataBatch) {
        units += other.units
        planningObjects += other.planningObjects
        resources += other.resources
        inflow += other.inflow
        production += other.production
        cancellations += other.cancellations
        occupiedBedDays += other.occupiedBedDays
        waitingSnapshots += other.waitingSnapshots
        completedWaits += other.completedWaits
        capacity += other.capacity
    }

    /// Total number of records (waiting entries counted one by one).
    public var recordCount: Int {
        units.count + planningObjects.count + resources.count + inflow.count + production.count
            + cancellations.count + occupiedBedDays.count + waitingSnapshots.reduce(0) { $0 + $1.entries.count }
            + completedWaits.count + capacity.count
    }
}
