public import PlanningDomain

/// A generated, clearly labelled synthetic Swedish region: organisation, planning objects, resources and
/// three years of weekly inflow, production, capacity and waiting-list snapshots. No real patients.
public struct SyntheticRegion: Sendable {
    /// The label every export of synthetic data should carry.
    public static let label = "SYNTETISKA DATA – inga riktiga patienter"

    /// The configuration it was generated from.
    public let configuration: SyntheticRegionConfiguration
    /// The real region it imitates (name, population); the generated data is not that region's.
    public let region: SwedishRegion
    /// The organisation tree: the region (named "… (syntetisk)"), 3–6 förvaltningar, kliniker and enheter.
    public let units: [OrganisationUnit]
    /// Planning objects, each produced by an enhet.
    public let planningObjects: [PlanningObject]
    /// Capacity resources: competences (hours), operating rooms (hours) and staffed beds.
    public let resources: [Resource]
    /// Weekly inflow per planning object, ordered by object and week.
    public let inflow: [WeeklyCount]
    /// Weekly production per planning object, ordered by object and week.
    public let production: [WeeklyCount]
    /// Weekly cancellations (strykningar) of planned visits and operations, ordered by object and week.
    public let cancellations: [WeeklyCount]
    /// Weekly occupied bed-days (belagda vårddagar) of inpatient objects, ordered by object and week.
    public let occupiedBedDays: [WeeklyCount]
    /// Waiting-list snapshots, one per configured date, in the configured order.
    public let waitingSnapshots: [WaitingListSnapshot]
    /// Waits that ended with the care given (genomförda), over the history's last 52 weeks, by object.
    public let completedWaits: [CompletedWait]
    /// Planned capacity and absence per enhet, resource and week, ordered by unit, resource and week.
    public let capacity: [CapacityRecord]

    /// A forward capacity plan (kapacitetsplan) for the 53 weeks after `lastWeek` (default: the history's last
    /// week) for every second enhet, built from the capacity up to `lastWeek` with more vacation and closure in
    /// weeks 28–31 (see ``CapacityPlanBuilder``); imported like any capacity feed.
    public func capacityPlan(after lastWeek: ISOWeek? = nil) -> [CapacityRecord] {
        let end = lastWeek ?? configuration.lastWeek
        return CapacityPlanBuilder.build(
            history: capacity.filter { $0.week <= end }, lastWeek: end,
            leafCodes: units.filter { $0.level == .unit }.map(\.code))
    }
}
