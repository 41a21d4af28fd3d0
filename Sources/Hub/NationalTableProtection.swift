import HubStore
import PlanningDomain

/// The pseudo region code under which the national total of a (group, period) cell is keyed in the set returned
/// by ``protectNationalTable(definition:cells:)``.
let nationalRegionCode = NationalPublication.nationalCode

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
func protectNationalTable(
    definition: IndicatorDefinition, cells: IndicatorCells, ledger: PublicationLedger = PublicationLedger()
) -> Set<IndicatorValueKey> {
    guard definition.suppressesSmallCells else { return [] }
    var byPeriod: [IndicatorPeriod: [IndicatorValue]] = [:]
    for value in cells.values where !cells.suppressed.contains(value.key) {
        byPeriod[value.key.period, default: []].append(value)
    }
    var suppressed: Set<IndicatorValueKey> = []
    for period in byPeriod.keys.sorted() {
        let values = byPeriod[period]!.sorted { $0.key < $1.key }
        let decision = NationalTable(definition: definition, period: period, values: values).protect(ledger: ledger)
        suppressed.formUnion(
            withheldKeys(decision.withheld, definition: definition, group: values[0].key.group, period: period))
    }
    return suppressed
}

/// The decision for one period of a national table against `ledger` (what the hub showed of it before): which
/// regions and whether the national total to withhold, and every count the table then shows (for the ledger).
/// `cells` holds the period's stored figures. Deterministic: the same figures and ledger give the same decision.
func nationalTableDecision(
    definition: IndicatorDefinition, period: IndicatorPeriod, cells: IndicatorCells, ledger: PublicationLedger
) -> NationalTableDecision {
    guard definition.suppressesSmallCells else { return NationalTableDecision(withheld: [], shown: []) }
    let values = cells.values.filter { $0.key.period == period && !cells.suppressed.contains($0.key) }
        .sorted { $0.key < $1.key }
    guard !values.isEmpty else { return NationalTableDecision(withheld: [], shown: []) }
    return NationalTable(definition: definition, period: period, values: values).protect(ledger: ledger)
}

/// The value keys of `withheld` region codes (and of the national total, ``nationalRegionCode``) in one period.
func withheldKeys(
    _ withheld: Set<String>, definition: IndicatorDefinition, group: String, period: IndicatorPeriod
) -> Set<IndicatorValueKey> {
    Set(
        withheld.map { code in
            IndicatorValueKey(
                regionCode: code, indicatorID: definition.id, definitionVersion: definition.version, group: group,
                period: period)
        })
}

/// One period of a national table as a ``StatisticalRelease``: regional parts and their national totals, keyed
/// as in the hub's ledger (``NationalTablePart/cellKey(regionCode:indicatorID:definitionVersion:group:period:)``),
/// so earlier publications of the same cells take part in the check.
private struct NationalTable {
    let definition: IndicatorDefinition
    let period: IndicatorPeriod
    let values: [IndicatorValue]

    private var group: String { values.first?.key.group ?? "" }

    /// What to withhold in this period, and the counts shown then.
    func protect(ledger: PublicationLedger) -> NationalTableDecision {
        let k = Double(definition.suppressionThreshold)
        let everything = NationalTableDecision(
            withheld: Set(values.map(\.key.regionCode)).union([nationalRegionCode]), shown: [])
        // A small part withholds the region, and a withheld region takes no part in the national total (that is
        // the table the comparison shows), so it is left out of the release from the start.
        var withheld = Set(
            values.filter { value in parts(of: value).contains { part in part.map { $0 > 0 && $0 < k } ?? false } }
                .map(\.key.regionCode))
        // Withholding a region changes the national total, so check again until the table is stable. A region
        // whose figure was revised by 1…k−1 since the hub last showed it is withheld by the ledger's revision check,
        // and a national total that would differ from an earlier one by 1…k−1 is hidden and protected like any
        // other hidden cell (so "national − the others" cannot give the revised region either).
        while true {
            let taking = values.filter { !withheld.contains($0.key.regionCode) }
            guard let release = try? release(taking) else { return everything }
            guard let protected = try? DisclosureControl.protect(release, ledger: ledger) else { return everything }
            let hidden = protected.suppressedKeys
            let newlyWithheld = taking.filter { value in
                parts(of: value).indices.contains { hidden.contains(cellKey(value.key.regionCode, part: $0)) }
            }
            if newlyWithheld.isEmpty {
                let nationalHidden = NationalTablePart.allCases.contains {
                    hidden.contains(cellKey(nationalRegionCode, part: $0 == .numerator ? 0 : 1))
                }
                // With no region left there is no total to show either.
                if nationalHidden || taking.isEmpty { withheld.insert(nationalRegionCode) }
                return NationalTableDecision(withheld: withheld, shown: shown(protected, withheld: withheld))
            }
            withheld.formUnion(newlyWithheld.map(\.key.regionCode))
        }
    }

    /// The counts of `protected` that the table shows: every part of a region that is not withheld, and the
    /// national total's unless it is.
    private func shown(_ protected: ProtectedRelease, withheld: Set<String>) -> [NationalTableDecision.ShownCount] {
        var shown: [NationalTableDecision.ShownCount] = []
        for region in Set(values.map(\.key.regionCode)).union([nationalRegionCode]).sorted()
        where !withheld.contains(region) {
            for part in NationalTablePart.allCases {
                guard let count = protected.value(of: cellKey(region, part: part == .numerator ? 0 : 1))?.count
                else { continue }
                shown.append(.init(regionCode: region, part: part, count: count))
            }
        }
        return shown
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
        (part == 0 ? NationalTablePart.numerator : .denominator).cellKey(
            regionCode: region, indicatorID: definition.id, definitionVersion: definition.version, group: group,
            period: period)
    }
}
