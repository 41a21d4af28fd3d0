import HubStore
import PlanningDomain

/// The pseudo region code under which the national total of a (group, period) cell is keyed in the set returned
/// by ``protectNationalTable(definition:cells:)``.
let nationalRegionCode = "SE"

/// Re-protects a national table before the hub publishes it (architecture §5: disclosure control runs on the node
/// before export and again at the hub before publishing national tables).
///
/// For now this applies PRIMARY suppression only: for a person-based indicator, every regional cell whose
/// numerator or denominator is 1…k−1 (ingestion already refuses those, so this is defence in depth), and every
/// national total (keyed with region ``nationalRegionCode``) whose summed numerator or denominator over the
/// published regions is 1…k−1. Resource-based indicators are exempt.
///
/// The lead swaps in the full DisclosureControl here (secondary suppression checked by exact Gaussian
/// elimination, so that no suppressed cell can be recovered from published cells and totals). Callers treat
/// every returned key as suppressed and never publish its figure.
///
/// - Returns: the keys to suppress, in addition to the cells already stored as suppressed.
func protectNationalTable(definition: IndicatorDefinition, cells: IndicatorCells) -> Set<IndicatorValueKey> {
    guard definition.suppressesSmallCells else { return [] }
    let k = Double(definition.suppressionThreshold)
    func isSmall(_ count: Double?) -> Bool { count.map { $0 > 0 && $0 < k } ?? false }
    var suppressed: Set<IndicatorValueKey> = []
    var totals: [String: (group: String, period: IndicatorPeriod, numerator: Double, denominator: Double?)] = [:]
    for value in cells.values where !cells.suppressed.contains(value.key) {
        if isSmall(value.numerator) || isSmall(value.denominator) {
            suppressed.insert(value.key)
            continue
        }
        let id = "\(value.key.group)\u{1F}\(value.key.period)"
        var total = totals[id] ?? (value.key.group, value.key.period, 0, nil)
        total.numerator += value.numerator
        if let denominator = value.denominator { total.denominator = (total.denominator ?? 0) + denominator }
        totals[id] = total
    }
    for total in totals.values where isSmall(total.numerator) || isSmall(total.denominator) {
        suppressed.insert(
            IndicatorValueKey(
                regionCode: nationalRegionCode, indicatorID: definition.id, definitionVersion: definition.version,
                group: total.group, period: total.period))
    }
    return suppressed
}
