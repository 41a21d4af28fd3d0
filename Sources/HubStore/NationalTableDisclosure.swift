public import PlanningDomain

/// One period of a national table as a ``PlanningDomain/StatisticalRelease`` for ``PlanningDomain/DisclosureControl``.
///
/// Each region's whole-number parts (count, or numerator and denominator) are person counts with the definition's
/// threshold k, and the national total of each part is a count cell with the relation national = Σ the regions
/// that take part. A region whose figure is withheld takes no part in the total (the table the hub shows), so it
/// appears in no relation: a region with a part in 1…k−1 is withheld first, any region DisclosureControl hides is
/// withheld too, and the total is recomputed and checked again until nothing changes. Cells are keyed as in the
/// hub's ledger (``NationalTablePart/cellKey(regionCode:indicatorID:definitionVersion:group:period:)``), so what
/// the hub showed before takes part: a region revised by 1…k−1 is withheld (the revision check) and a total that
/// would differ from an earlier one by 1…k−1 is hidden and protected like any hidden cell, so "national − the
/// others" cannot give a withheld region away either. A table that cannot be checked is withheld whole.
public struct NationalTableDisclosure: Sendable {
    /// The indicator's definition (threshold k; only person-based definitions are checked).
    public let definition: IndicatorDefinition
    /// The period.
    public let period: IndicatorPeriod
    /// The regions' figures for the period that are not stored as suppressed, in key order.
    public let values: [IndicatorValue]

    /// The table of `values` (one period of one indicator, version and group).
    public init(definition: IndicatorDefinition, period: IndicatorPeriod, values: [IndicatorValue]) {
        self.definition = definition
        self.period = period
        self.values = values.sorted { $0.key < $1.key }
    }

    private var group: String { values.first?.key.group ?? "" }

    /// What to withhold in this period against `ledger` (what the hub showed of the table before), and the counts
    /// shown then. Resource-based definitions are exempt (nothing withheld, nothing to record).
    public func decide(ledger: PublicationLedger) -> NationalTableDecision {
        guard definition.suppressesSmallCells, !values.isEmpty else {
            return NationalTableDecision(withheld: [], shown: [])
        }
        let k = Double(definition.suppressionThreshold)
        let everything = NationalTableDecision(
            withheld: Set(values.map(\.key.regionCode)).union([NationalPublication.nationalCode]), shown: [])
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
                    hidden.contains(cellKey(NationalPublication.nationalCode, part: $0 == .numerator ? 0 : 1))
                }
                // With no region left there is no total to show either.
                if nationalHidden || taking.isEmpty { withheld.insert(NationalPublication.nationalCode) }
                return NationalTableDecision(withheld: withheld, shown: shown(protected, withheld: withheld))
            }
            withheld.formUnion(newlyWithheld.map(\.key.regionCode))
        }
    }

    /// The counts of `protected` that the table shows: every part of a region that is not withheld, and the
    /// national total's unless it is.
    private func shown(_ protected: ProtectedRelease, withheld: Set<String>) -> [NationalTableDecision.ShownCount] {
        var shown: [NationalTableDecision.ShownCount] = []
        for region in Set(values.map(\.key.regionCode)).union([NationalPublication.nationalCode]).sorted()
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
            let national = cellKey(NationalPublication.nationalCode, part: part)
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
