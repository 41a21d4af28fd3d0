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
    /// Waiting-list snapshots.
    public var waitingSnapshots: [WaitingListSnapshot] = []
    /// Available capacity.
    public var capacity: [CapacityRecord] = []

    /// An empty batch.
    public init() {}

    /// Appends everything from `other`.
    public mutating func merge(_ other: RegionDataBatch) {
        units += other.units
        planningObjects += other.planningObjects
        resources += other.resources
        inflow += other.inflow
        production += other.production
        waitingSnapshots += other.waitingSnapshots
        capacity += other.capacity
    }

    /// Total number of records (waiting entries counted one by one).
    public var recordCount: Int {
        units.count + planningObjects.count + resources.count + inflow.count + production.count
            + waitingSnapshots.reduce(0) { $0 + $1.entries.count } + capacity.count
    }
}
