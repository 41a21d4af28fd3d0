import PlanningDomain
public import SyntheticData

/// What `balans generate` prints: the sizes of what was written, to compare with `balans status` after import.
public enum SyntheticSummaryText {
    /// Renders the counts of a generated region.
    public static func render(_ region: SyntheticRegion, directory: String) -> String {
        let plan = region.capacityPlan().count  // kapacitetsplan.csv, written beside the history
        let waiting = region.waitingSnapshots.map { "\($0.date): \(RegionStatusText.grouped($0.entries.count))" }
        return """
            Region:            \(region.region.name) (\(region.region.code)), \
            \(RegionStatusText.grouped(region.region.population)) invånare
            Veckor:            \(region.configuration.firstWeek)–\(region.configuration.lastWeek)
            Enheter:           \(region.units.count)
            Planeringsobjekt:  \(region.planningObjects.count)
            Resurser:          \(region.resources.count)
            Inflöde:           \(RegionStatusText.grouped(region.inflow.count)) rader, \
            totalt \(RegionStatusText.grouped(region.inflow.reduce(0) { $0 + $1.count })) patienter
            Produktion:        \(RegionStatusText.grouped(region.production.count)) rader, \
            totalt \(RegionStatusText.grouped(region.production.reduce(0) { $0 + $1.count })) utförda
            Strykningar:       \(RegionStatusText.grouped(region.cancellations.reduce(0) { $0 + $1.count })) strukna
            Belagda vårddagar: \(RegionStatusText.grouped(region.occupiedBedDays.reduce(0) { $0 + $1.count }))
            Väntelista:        \(waiting.joined(separator: "; "))
            Genomförda:        \(RegionStatusText.grouped(region.completedWaits.count)) efter väntan (senaste 52 veckorna)
            Kapacitet:         \(RegionStatusText.grouped(region.capacity.count + plan)) rader, varav \
            \(RegionStatusText.grouped(plan)) i kapacitetsplanen (veckorna efter historiken)
            Filer i:           \(directory)
            """
    }
}
