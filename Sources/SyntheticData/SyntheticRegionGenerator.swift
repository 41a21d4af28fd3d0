import PlanningDomain

/// Generates a ``SyntheticRegion`` from a ``SyntheticRegionConfiguration``: pure, seeded and reproducible.
public enum SyntheticRegionGenerator {
    /// Generates the region. Traps if the configuration's region code is not one of ``SwedishRegion/all``
    /// or its last week is before its first week (both are programmer errors, not user input).
    public static func generate(_ configuration: SyntheticRegionConfiguration) -> SyntheticRegion {
        guard let region = SwedishRegion.withCode(configuration.regionCode) else {
            preconditionFailure("No Swedish region has code \(configuration.regionCode); use one of 01–25.")
        }
        precondition(
            configuration.firstWeek <= configuration.lastWeek,
            "firstWeek \(configuration.firstWeek) is after lastWeek \(configuration.lastWeek)")
        let specialties = SpecialtyCatalogue.first(configuration.specialtyCount)
        let layout = OrganisationLayout(region: region, specialties: specialties)
        let plans = PlanningObjectBuilder.build(
            layout: layout, specialties: specialties, population: region.population, configuration: configuration)
        let weeks = WeekTable(firstWeek: configuration.firstWeek, lastWeek: configuration.lastWeek)
        let capacity = CapacityBuilder.build(
            layout: layout, specialties: specialties, plans: plans, weeks: weeks, seed: configuration.seed)
        let activity = ActivitySimulator.run(
            plans: plans, weeks: weeks, capacity: capacity, configuration: configuration)
        return SyntheticRegion(
            configuration: configuration, region: region, units: layout.units,
            planningObjects: plans.map(\.object), resources: ResourceCatalogue.all, inflow: activity.inflow,
            production: activity.production, cancellations: activity.cancellations,
            occupiedBedDays: activity.occupiedBedDays, waitingSnapshots: activity.snapshots,
            completedWaits: activity.completedWaits, capacity: capacity.records)
    }
}
