/// The node's data summed once per group and week, for one grouping, so every indicator and period is a few
/// dictionary look-ups. Built by ``IndicatorComputer``; rows it cannot place become warnings.
struct IndicatorWorkingSet {
    typealias GroupWeekly = [String: [ISOWeek: Double]]

    /// A waiting-list snapshot reduced to each group's sorted days waited.
    struct Snapshot {
        var date: CivilDate
        var week: ISOWeek
        var daysWaited: [String: [Int]]
    }

    /// Used and available capacity of the limiting resources in one measure.
    struct Utilisation {
        var used: GroupWeekly = [:]
        var available: GroupWeekly = [:]
    }

    let input: IndicatorInput
    let grouping: IndicatorGrouping
    let groups: [String]
    private(set) var flows: [IndicatorDataSource: GroupWeekly] = [:]
    private(set) var forecastAbsoluteError: GroupWeekly = [:]
    private(set) var snapshots: [Snapshot] = []
    private(set) var completedWaits: [String: [ISOWeek: [Int]]] = [:]
    private(set) var capacityWeeks: Set<ISOWeek> = []
    private(set) var staffedBedDays: GroupWeekly = [:]
    private(set) var utilisation: [ResourceMeasure: Utilisation] = [:]
    private(set) var warnings: Set<IndicatorInputWarning> = []
    private let groupOfObject: [String: String]

    /// The two halves of the work, built side by side: they read the same input and fill different fields.
    private enum Part: Sendable {
        /// Flows, forecast errors and waiting-list snapshots.
        case flowsAndSnapshots
        /// Completed waits and capacity.
        case waitsAndCapacity
    }

    init(input: IndicatorInput, grouping: IndicatorGrouping) {
        let halves = ParallelChunks.map([Part.flowsAndSnapshots, .waitsAndCapacity], concurrency: 2) { parts in
            parts.map { IndicatorWorkingSet(input: input, grouping: grouping, part: $0) }
        }
        self = halves[0]
        let other = halves[1]
        completedWaits = other.completedWaits
        capacityWeeks = other.capacityWeeks
        staffedBedDays = other.staffedBedDays
        utilisation = other.utilisation
        warnings.formUnion(other.warnings)
    }

    private init(input: IndicatorInput, grouping: IndicatorGrouping, part: Part) {
        self.input = input
        self.grouping = grouping
        var groupOfObject: [String: String] = [:]
        for object in input.planningObjects { groupOfObject[object.code] = grouping.group(of: object) }
        self.groupOfObject = groupOfObject
        self.groups = Set(groupOfObject.values).sorted()
        switch part {
        case .flowsAndSnapshots:
            let series: [(IndicatorDataSource, ObservedWeeklySeries?)] = [
                (.inflow, input.inflow), (.production, input.production),
                (.plannedProduction, input.plannedProduction), (.inflowForecast, input.inflowForecast),
                (.cancellations, input.cancellations), (.occupiedBedDays, input.occupiedBedDays),
            ]
            for (source, data) in series {
                if let data { flows[source] = sum(data, source: source) }
            }
            if let inflow = input.inflow, let forecast = input.inflowForecast {
                sumForecastErrors(inflow: inflow, forecast: forecast)
            }
            if let snapshots = input.waitingSnapshots { reduce(snapshots) }
        case .waitsAndCapacity:
            if let waits = input.completedWaits { reduce(waits) }
            // Capacity belongs to units, which have a specialty but no contact type (see
            // IndicatorFormula.needsCapacity).
            if grouping == .specialty, let capacity = input.capacity { sumCapacity(capacity) }
        }
    }

    /// The group of a planning object, or nil (and a warning) when the object is unknown.
    private mutating func group(of object: String, source: IndicatorDataSource) -> String? {
        if let group = groupOfObject[object] { return group }
        warnings.insert(.unknownPlanningObject(code: object, source: source))
        return nil
    }

    // Every sum below adds the objects in code order: a dictionary's order differs from process to process (Swift
    // seeds its hashing per process), and with non-whole numbers (planned volumes, forecasts, resource use) another
    // order can change the last bit of a sum, which the next export would send again as a changed value.

    private mutating func sum(_ series: ObservedWeeklySeries, source: IndicatorDataSource) -> GroupWeekly {
        var result: GroupWeekly = [:]
        for object in series.values.keys.sorted() {
            guard let group = group(of: object, source: source) else { continue }
            for (week, value) in series.values[object]! { result[group, default: [:]][week, default: 0] += value }
        }
        return result
    }

    private mutating func sumForecastErrors(inflow: ObservedWeeklySeries, forecast: ObservedWeeklySeries) {
        // The absolute error is taken per object and week, so an object's over-forecast cannot hide another's
        // under-forecast. Objects absent from one series count as zero there.
        let objects = Set(inflow.values.keys).union(forecast.values.keys)
        for object in objects.sorted() {
            guard let group = groupOfObject[object] else { continue }  // warned while summing the flows
            let weeks = Set((inflow.values[object] ?? [:]).keys).union((forecast.values[object] ?? [:]).keys)
            for week in weeks {
                let error = abs(inflow.value(object: object, week: week) - forecast.value(object: object, week: week))
                forecastAbsoluteError[group, default: [:]][week, default: 0] += error
            }
        }
    }

    private mutating func reduce(_ list: [WaitingDaysSnapshot]) {
        for snapshot in list.sorted(by: { $0.date < $1.date }) {
            var days: [String: [Int]] = [:]
            for count in snapshot.counts {
                guard let group = group(of: count.planningObjectCode, source: .waitingList) else { continue }
                days[group, default: []].append(contentsOf: repeatElement(count.days, count: count.count))
            }
            for group in days.keys { days[group]!.sort() }
            snapshots.append(Snapshot(date: snapshot.date, week: ISOWeek(containing: snapshot.date), daysWaited: days))
        }
    }

    private mutating func reduce(_ waits: CompletedWaits) {
        for (week, counts) in waits.countsByWeek {
            for count in counts {
                guard let group = group(of: count.planningObjectCode, source: .completedWaits) else { continue }
                completedWaits[group, default: [:]][week, default: []].append(
                    contentsOf: repeatElement(count.days, count: count.count))
            }
        }
    }

    private mutating func sumCapacity(_ records: [CapacityRecord]) {
        let resources = Dictionary(input.resources.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        let specialtyOfUnit = unitSpecialties()
        for record in records {
            capacityWeeks.insert(record.week)
            guard let resource = resources[record.resourceCode] else {
                warnings.insert(.unknownResource(code: record.resourceCode))
                continue
            }
            let isBed = resource.kind == .bed
            let isLimiting = input.limitingResourceCodes.contains(resource.code)
            guard isBed || isLimiting else { continue }
            let attribution = specialtyOfUnit(record.unitCode)
            guard let group = attribution.specialty else {
                if let warning = attribution.warning { warnings.insert(warning) }
                continue
            }
            if isBed { staffedBedDays[group, default: [:]][record.week, default: 0] += record.available * 7 }
            if isLimiting {
                utilisation[resource.measure, default: Utilisation()].available[group, default: [:]][
                    record.week, default: 0] += record.available
            }
        }
        sumUsedCapacity(resources: resources)
    }

    private mutating func sumUsedCapacity(resources: [String: Resource]) {
        guard let production = input.production else { return }
        let factors = input.resourceUse.sorted {
            ($0.planningObjectCode, $0.resourceCode) < ($1.planningObjectCode, $1.resourceCode)
        }
        for factor in factors where input.limitingResourceCodes.contains(factor.resourceCode) {
            guard let resource = resources[factor.resourceCode] else {
                warnings.insert(.unknownResource(code: factor.resourceCode))
                continue
            }
            guard let group = groupOfObject[factor.planningObjectCode], factor.perUnit.isFinite, factor.perUnit > 0,
                let weeks = production.values[factor.planningObjectCode]
            else { continue }
            for (week, volume) in weeks {
                utilisation[resource.measure, default: Utilisation()].used[group, default: [:]][week, default: 0] +=
                    volume * factor.perUnit
            }
        }
    }

    /// The specialty each unit's capacity belongs to: the explicit choice, else the one specialty of its objects.
    private func unitSpecialties() -> (String) -> (specialty: String?, warning: IndicatorInputWarning?) {
        var specialties: [String: Set<String>] = [:]
        for object in input.planningObjects {
            specialties[object.unitCode, default: []].insert(IndicatorGrouping.specialty.group(of: object))
        }
        let explicit = input.unitSpecialties
        return { unit in
            if let chosen = explicit[unit] { return (IndicatorGrouping.trimmed(chosen), nil) }
            let found = specialties[unit] ?? []
            if found.count == 1 { return (found.first!, nil) }
            return (nil, .unattributedCapacity(unitCode: unit, specialties: found.sorted()))
        }
    }
}
