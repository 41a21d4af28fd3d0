import HubStore
import PlanningDomain

/// The pseudo region code under which the national total of a (group, period) cell is keyed in the set returned
/// by ``protectNationalTable(definition:cells:)``.
let nationalRegionCode = "SE"

/// Re-protects a national table before the hub publishes it (architecture §5: disclosure control runs on the node
/// before export and again at the hub before publishing national tables), with ``DisclosureControl``.
///
/// For a person-based indicator, each period of `cells` is one statistical release: every stored regional
/// figure's whole-number parts (count, or numerator and denominator) are person counts with the definition's
/// threshold k, and the national total of each part is a count cell with the relation national = Σ the regions
/// that take part. The table modelled is the one ``ComparisonService`` publishes: a region whose figure is withheld
/// takes no part in the national total (``NationalComparison``), so it appears in no relation: a region with a part
/// in 1…k−1 (primary suppression; ingestion refuses those, so this is defence in depth) is withheld first, and any
/// region DisclosureControl hides is withheld too, the total recomputed over the rest and the release checked
/// again until nothing changes, so the result is proven for exactly the figures shown. A part that is not a whole
/// number (a forecast error, a planned volume) is no count of people and is left out of the release, but the
/// primary rule still withholds it at 1…k−1, as ingestion does.
/// Resource-based indicators are exempt. A table that cannot be checked (a personal identity number in a key) is
/// withheld whole.
///
/// - Returns: the keys to suppress, in addition to the cells already stored as suppressed. Callers treat every
///   returned key as suppressed and never publish its figure.
func protectNationalTable(definition: IndicatorDefinition, cells: IndicatorCells) -> Set<IndicatorValueKey> {
    guard definition.suppressesSmallCells else { return [] }
    var byPeriod: [IndicatorPeriod: [IndicatorValue]] = [:]
    for value in cells.values where !cells.suppressed.contains(value.key) {
        byPeriod[value.key.period, default: []].append(value)
    }
    var suppressed: Set<IndicatorValueKey> = []
    for period in byPeriod.keys.sorted() {
        let values = byPeriod[period]!.sorted { $0.key < $1.key }
        suppressed.formUnion(NationalTable(definition: definition, period: period, values: values).protect())
    }
    return suppressed
}

/// One period of a national table as a ``StatisticalRelease``: regional parts and their national totals.
private struct NationalTable {
    let definition: IndicatorDefinition
    let period: IndicatorPeriod
    let values: [IndicatorValue]

    var nationalKey: IndicatorValueKey {
        IndicatorValueKey(
            regionCode: nationalRegionCode, indicatorID: definition.id, definitionVersion: definition.version,
            group: values.first?.key.group ?? "", period: period)
    }

    /// The keys to withhold in this period.
    func protect() -> Set<IndicatorValueKey> {
        let k = Double(definition.suppressionThreshold)
        // A small part withholds the region, and a withheld region takes no part in the national total (that is
        // the table the comparison shows), so it is left out of the release from the start.
        var withheld = Set(
            values.filter { value in parts(of: value).contains { part in part.map { $0 > 0 && $0 < k } ?? false } }
                .map(\.key))
        // Withholding a region changes the national total, so check again until the table is stable.
        while true {
            let taking = values.filter { !withheld.contains($0.key) }
            guard let release = try? release(taking) else { return Set(values.map(\.key)).union([nationalKey]) }
            guard let protected = try? DisclosureControl.protect(release) else {
                return Set(values.map(\.key)).union([nationalKey])
            }
            let hidden = protected.suppressedKeys
            let newlyWithheld = taking.filter { value in
                parts(of: value).indices.contains { hidden.contains(cellKey(value.key.regionCode, part: $0)) }
            }
            if newlyWithheld.isEmpty {
                let nationalHidden = [0, 1].contains { hidden.contains(cellKey(nationalRegionCode, part: $0)) }
                return nationalHidden ? withheld.union([nationalKey]) : withheld
            }
            withheld.formUnion(newlyWithheld.map(\.key))
        }
    }

    /// The release of the regions in `taking` and their national totals (parts that are whole numbers only).
    private func release(_ taking: [IndicatorValue]) throws(DisclosureError) -> StatisticalRelease {
        var cells: [StatisticalCell] = []
        var relations: [LinearRelation] = []
        for part in 0..<2 {
            var terms: [DisclosureCellKey] = []
            var total = 0
            for value in taking {
                let parts = parts(of: value)
                guard part < parts.count, let number = parts[part], number == number.rounded(), number >= 0,
                    number < 1e15
                else { continue }
                let key = cellKey(value.key.regionCode, part: part)
                cells.append(.personCount(key, Int(number), threshold: definition.suppressionThreshold))
                terms.append(key)
                total += Int(number)
            }
            guard !terms.isEmpty else { continue }
            let national = cellKey(nationalRegionCode, part: part)
            cells.append(.personCount(national, total, threshold: definition.suppressionThreshold))
            relations.append(.sum(national, of: terms))
        }
        return try StatisticalRelease(cells: cells, relations: relations)
    }

    /// The figure's parts: the count, or numerator and denominator.
    private func parts(of value: IndicatorValue) -> [Double?] {
        value.denominator == nil ? [value.numerator] : [value.numerator, value.denominator]
    }

    private func cellKey(_ region: String, part: Int) -> DisclosureCellKey {
        DisclosureCellKey(components: [region, part == 0 ? "numerator" : "denominator"])
    }
}
