/// Computes a catalogue's indicators from one region node's data, per group and period.
///
/// Pure and deterministic: the same input gives the same results in the same order (definition id, group,
/// period). Flows are summed over the period's ISO weeks (a month is the weeks whose Thursday falls in it), stocks
/// come from the period's last waiting-list snapshot, and anything the data cannot support is reported as not
/// available with a reason, never as zero.
public struct IndicatorComputer: Sendable {
    /// The catalogue whose definitions are computed.
    public let catalogue: IndicatorCatalogue

    /// Creates a computer for `catalogue`.
    public init(catalogue: IndicatorCatalogue) {
        self.catalogue = catalogue
    }

    /// Every definition for every group and every period in `weeks`: each week of the range for weekly
    /// definitions, and each month whose weeks all lie in the range for monthly ones.
    public func compute(_ input: IndicatorInput, weeks: ClosedRange<ISOWeek>) -> IndicatorComputation {
        var workingSets: [IndicatorGrouping: IndicatorWorkingSet] = [:]
        var results: [IndicatorResult] = []
        var warnings: Set<IndicatorInputWarning> = []
        for definition in catalogue.definitions {
            let data =
                workingSets[definition.grouping] ?? IndicatorWorkingSet(input: input, grouping: definition.grouping)
            workingSets[definition.grouping] = data
            warnings.formUnion(data.warnings)
            let periods = definition.periodTypes.flatMap { Self.periods(of: $0, in: weeks) }
            results += Self.results(for: definition, data: data, periods: periods)
        }
        return IndicatorComputation(results: results, warnings: warnings.sorted())
    }

    /// One definition for every group and each of `periods` (which may mix weeks and months).
    public static func compute(
        _ definition: IndicatorDefinition, input: IndicatorInput, periods: [IndicatorPeriod]
    ) -> IndicatorComputation {
        let data = IndicatorWorkingSet(input: input, grouping: definition.grouping)
        return IndicatorComputation(
            results: results(for: definition, data: data, periods: periods.sorted()), warnings: data.warnings.sorted())
    }

    /// The periods of `type` within `weeks`: every week, or every month all of whose weeks are in the range.
    public static func periods(of type: IndicatorPeriodType, in weeks: ClosedRange<ISOWeek>) -> [IndicatorPeriod] {
        let count = ISOWeek.weeks(from: weeks.lowerBound, to: weeks.upperBound) + 1
        switch type {
        case .week:
            return (0..<count).map { .week(weeks.lowerBound.adding(weeks: $0)) }
        case .month:
            var result: [IndicatorPeriod] = []
            var month = weeks.lowerBound.month
            while month <= weeks.upperBound.month {
                let monthWeeks = month.weeks
                if let first = monthWeeks.first, let last = monthWeeks.last, weeks.contains(first),
                    weeks.contains(last)
                {
                    result.append(.month(month))
                }
                month = month.adding(months: 1)
            }
            return result
        }
    }

    private static func results(
        for definition: IndicatorDefinition, data: IndicatorWorkingSet, periods: [IndicatorPeriod]
    ) -> [IndicatorResult] {
        var results: [IndicatorResult] = []
        results.reserveCapacity(data.groups.count * periods.count)
        for group in data.groups {
            for period in periods {
                let key = IndicatorValueKey(
                    regionCode: data.input.regionCode, indicatorID: definition.id,
                    definitionVersion: definition.version, group: group, period: period)
                let outcome: IndicatorResult.Outcome
                switch IndicatorFormulaEvaluation(data: data, group: group, period: period).evaluate(definition.formula)
                {
                case .success(let figure):
                    if let denominator = figure.denominator {
                        if let value = IndicatorValue(key: key, numerator: figure.numerator, denominator: denominator) {
                            outcome = .value(value)
                        } else {
                            outcome = .notAvailable(.zeroDenominator)
                        }
                    } else {
                        outcome = .value(IndicatorValue(key: key, count: figure.numerator))
                    }
                case .failure(let reason):
                    outcome = .notAvailable(reason)
                }
                results.append(IndicatorResult(key: key, outcome: outcome))
            }
        }
        return results
    }
}
