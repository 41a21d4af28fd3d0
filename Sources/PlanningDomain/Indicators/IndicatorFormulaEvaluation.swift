/// Evaluates one formula for one group and period over an ``IndicatorWorkingSet``.
struct IndicatorFormulaEvaluation {
    /// A numerator and, for rates, a denominator (not yet divided, so zero can be reported as such).
    struct Figure {
        var numerator: Double
        var denominator: Double?
    }

    typealias Outcome = Result<Figure, IndicatorUnavailability>

    let data: IndicatorWorkingSet
    let group: String
    let period: IndicatorPeriod

    func evaluate(_ formula: IndicatorFormula) -> Outcome {
        switch formula {
        case .inflow: count(.inflow)
        case .production: count(.production)
        case .cancellations: count(.cancellations)
        case .productionVersusPlan:
            rate(flow(.production), flow(.plannedProduction))
        case .cancellationShare:
            rate(
                flow(.cancellations),
                flow(.cancellations).flatMap { cancelled in
                    flow(.production).map { cancelled + $0 }
                })
        case .forecastError:
            rate(
                flow(.inflowForecast).flatMap { _ in flow(.inflow) }.map { _ in
                    sum(data.forecastAbsoluteError[group])
                },
                flow(.inflow))
        case .waiting:
            waiting { days in Figure(numerator: Double(days.count)) }
        case .waitingLongerThan(let limit):
            waiting { days in Figure(numerator: Double(days.count - Self.countAtMost(limit, in: days))) }
        case .shareWaitingWithin(let limit):
            waiting { days in
                Figure(numerator: Double(Self.countAtMost(limit, in: days)), denominator: Double(days.count))
            }
        case .shareTreatedWithin(let limit):
            treated(within: limit)
        case .bedOccupancy:
            rate(flow(.occupiedBedDays), capacity(data.staffedBedDays[group]))
        case .limitingCapacityUtilisation(let measure):
            utilisation(measure)
        }
    }

    /// A count from one weekly flow.
    private func count(_ source: IndicatorDataSource) -> Outcome {
        flow(source).map { Figure(numerator: $0) }
    }

    /// The group's sum of `source` over the period, when the source exists and covers every week.
    private func flow(_ source: IndicatorDataSource) -> Result<Double, IndicatorUnavailability> {
        guard let series = series(source) else { return .failure(.missingData(source)) }
        if let missing = series.firstUncovered(period.weeks) {
            return .failure(.incompletePeriod(source, firstMissingWeek: missing))
        }
        return .success(sum(data.flows[source]?[group]))
    }

    private func rate(
        _ numerator: Result<Double, IndicatorUnavailability>, _ denominator: Result<Double, IndicatorUnavailability>
    ) -> Outcome {
        numerator.flatMap { top in denominator.map { Figure(numerator: top, denominator: $0) } }
    }

    private func sum(_ weekly: [ISOWeek: Double]?) -> Double {
        guard let weekly else { return 0 }
        // Week order, so the same data always gives bit-identical sums.
        return period.weeks.reduce(0) { $0 + (weekly[$1] ?? 0) }
    }

    private func series(_ source: IndicatorDataSource) -> ObservedWeeklySeries? {
        switch source {
        case .inflow: data.input.inflow
        case .production: data.input.production
        case .plannedProduction: data.input.plannedProduction
        case .inflowForecast: data.input.inflowForecast
        case .cancellations: data.input.cancellations
        case .occupiedBedDays: data.input.occupiedBedDays
        case .waitingList, .completedWaits, .capacity: nil
        }
    }

    /// A figure from the period's last waiting-list snapshot (the group's sorted days waited).
    private func waiting(_ figure: ([Int]) -> Figure) -> Outcome {
        guard data.input.waitingSnapshots != nil else { return .failure(.missingData(.waitingList)) }
        let weeks = Set(period.weeks)
        guard let snapshot = data.snapshots.last(where: { weeks.contains($0.week) }) else {
            return .failure(.noWaitingListSnapshot)
        }
        return .success(figure(snapshot.daysWaited[group] ?? []))
    }

    private func treated(within limit: Int) -> Outcome {
        guard let waits = data.input.completedWaits else { return .failure(.missingData(.completedWaits)) }
        if let missing = period.weeks.first(where: { !waits.coveredWeeks.contains($0) }) {
            return .failure(.incompletePeriod(.completedWaits, firstMissingWeek: missing))
        }
        let byWeek = data.completedWaits[group] ?? [:]
        var within = 0
        var all = 0
        for week in period.weeks {
            let days = byWeek[week] ?? []
            all += days.count
            within += days.count { $0 <= limit }
        }
        return .success(Figure(numerator: Double(within), denominator: Double(all)))
    }

    /// The group's capacity over the period, when the node has capacity for every week.
    private func capacity(_ weekly: [ISOWeek: Double]?) -> Result<Double, IndicatorUnavailability> {
        guard data.input.capacity != nil else { return .failure(.missingData(.capacity)) }
        if let missing = period.weeks.first(where: { !data.capacityWeeks.contains($0) }) {
            return .failure(.incompletePeriod(.capacity, firstMissingWeek: missing))
        }
        return .success(sum(weekly))
    }

    private func utilisation(_ measure: ResourceMeasure) -> Outcome {
        let limiting = data.input.resources.contains {
            $0.measure == measure && data.input.limitingResourceCodes.contains($0.code)
        }
        guard limiting else { return .failure(.noLimitingResource(measure)) }
        let used = flow(.production).map { _ in sum(data.utilisation[measure]?.used[group]) }
        return rate(used, capacity(data.utilisation[measure]?.available[group]))
    }

    /// How many of the ascending `days` are at most `limit` (binary search).
    static func countAtMost(_ limit: Int, in days: [Int]) -> Int {
        var low = 0
        var high = days.count
        while low < high {
            let middle = (low + high) / 2
            if days[middle] <= limit { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
