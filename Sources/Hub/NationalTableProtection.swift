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
        let decision = NationalTableDisclosure(definition: definition, period: period, values: values).decide(
            ledger: ledger)
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
    return NationalTableDisclosure(definition: definition, period: period, values: values).decide(ledger: ledger)
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
