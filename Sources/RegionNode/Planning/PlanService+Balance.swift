public import NodeStore
public import PlanningDomain

/// One resource's totals over the plan's scope and weeks, before and after the version's actions.
public struct PlanResourceTotal: Sendable, Hashable {
    /// The resource.
    public var resourceCode: String
    /// Its measure.
    public var measure: ResourceMeasure
    /// Available capacity after the actions.
    public var available: Double
    /// Need after the actions.
    public var need: Double
    /// Summed weekly shortfalls of the producing units before the actions (≤ 0).
    public var shortfallBefore: Double
    /// Summed weekly shortfalls of the producing units after the actions (≤ 0).
    public var shortfallAfter: Double
}

/// A period and unit where a resource falls short.
public struct PlanShortfall: Sendable, Hashable {
    /// The unit.
    public var unitCode: String
    /// The resource.
    public var resourceCode: String
    /// The gap for the period (negative).
    public var gap: PeriodGap
}

/// What `plan balance` shows.
public struct PlanBalanceReport: Sendable {
    /// The version balanced.
    public var version: Int
    /// The version's actions.
    public var actions: [PlanActionRecord]
    /// Limiting resources for the scope, after the actions.
    public var limiting: [LimitingResource]
    /// The worst shortfalls per producing unit, resource and period, after the actions (at most 15).
    public var shortfalls: [PlanShortfall]
    /// Totals per resource with any need or capacity.
    public var totals: [PlanResourceTotal]
    /// How resource use was found.
    public var sources: [ResourceUseSource]
    /// Warnings from the order of preference.
    public var warnings: [String]
    /// Per plan week: capacity from the imported capacity plan or projected from history.
    public var capacityWeeks: [PlanCapacityWeek] = []
}

/// The assumptions `plan scenario` tests on top of a version.
public struct PlanScenarioAssumptions: Sendable {
    /// Percent more referrals.
    public var moreReferralsPercent: Double?
    /// Weeks closed on top of the plan.
    public var closedWeeks: [ISOWeek]
    /// Procedures bought per object over the plan.
    public var buy: [String: Double]
    /// A resource that gets one more operation per day at every operation unit.
    public var extraOperationResource: String?

    /// Creates assumptions.
    public init(
        moreReferralsPercent: Double? = nil, closedWeeks: [ISOWeek] = [], buy: [String: Double] = [:],
        extraOperationResource: String? = nil
    ) {
        self.moreReferralsPercent = moreReferralsPercent
        self.closedWeeks = closedWeeks
        self.buy = buy
        self.extraOperationResource = extraOperationResource
    }
}

extension PlanService {
    /// Balances a version: need from its volumes against projected capacity, with and without its actions.
    public func balance(
        planID: Int64, version number: Int?, by granularity: BalancePeriod.Granularity
    ) throws -> PlanBalanceReport {
        // A pure function of the database: pages that show it on every request get it from the cache.
        try store.cache.value("plan-balance \(planID) \(number.map(String.init) ?? "current") \(granularity)") {
            try computeBalance(planID: planID, version: number, by: granularity)
        }
    }

    private func computeBalance(
        planID: Int64, version number: Int?, by granularity: BalancePeriod.Granularity
    ) throws -> PlanBalanceReport {
        try PlanServiceError.translated {
            let stored = try plan(planID)
            let version = try version(of: stored, number)
            let records = stored.actions[version.number] ?? []
            let setup = try PlanBaselineBuilder.build(plan: version.plan, store: store)
            let before = try Scenario(name: "Utan åtgärder", actions: []).apply(to: setup.baseline)
            let after = try Scenario(name: "Med åtgärder", actions: try records.flatMap(PlanActionConversion.actions))
                .apply(to: setup.baseline)
            let limiting = try after.balance.limitingResources(
                threshold: PlanningDefaults.limitingThreshold, by: granularity, unitCodes: [setup.scope])
            var shortfalls: [PlanShortfall] = []
            for unit in setup.producingUnits {
                for resource in setup.grid.resources {
                    for gap in try after.balance.gaps(unitCode: unit, resourceCode: resource.code, by: granularity)
                    where gap.gap < -1e-9 {
                        shortfalls.append(PlanShortfall(unitCode: unit, resourceCode: resource.code, gap: gap))
                    }
                }
            }
            shortfalls.sort { $0.gap.gap < $1.gap.gap }
            return PlanBalanceReport(
                version: version.number, actions: records, limiting: limiting,
                shortfalls: Array(shortfalls.prefix(15)),
                totals: Self.totals(before: before.balance, after: after.balance, setup: setup),
                sources: setup.sources, warnings: after.warnings, capacityWeeks: setup.capacityWeeks)
        }
    }

    private static func totals(before: Balance, after: Balance, setup: PlanBaseline) -> [PlanResourceTotal] {
        let grid = setup.grid
        let scope = grid.unitIndex(setup.scope)!
        let units = setup.producingUnits.compactMap { grid.unitIndex($0) }
        return grid.resources.indices.compactMap { resource in
            var available = 0.0
            var need = 0.0
            var shortBefore = 0.0
            var shortAfter = 0.0
            for week in 0..<grid.weekCount {
                available += after.available(unit: scope, resource: resource, week: week)
                need += after.need(unit: scope, resource: resource, week: week)
                for unit in units {
                    shortBefore += min(0, before.gap(unit: unit, resource: resource, week: week, subtree: false))
                    shortAfter += min(0, after.gap(unit: unit, resource: resource, week: week, subtree: false))
                }
            }
            guard available > 0 || need > 0 else { return nil }
            return PlanResourceTotal(
                resourceCode: grid.resources[resource].code, measure: grid.resources[resource].measure,
                available: available, need: need, shortfallBefore: shortBefore, shortfallAfter: shortAfter)
        }
    }

    /// Compares a version (with its actions) against the same version under changed assumptions.
    public func scenario(
        planID: Int64, version number: Int, assumptions: PlanScenarioAssumptions
    ) throws -> ScenarioComparison {
        try PlanServiceError.translated {
            let stored = try plan(planID)
            let version = try version(of: stored, number)
            let setup = try PlanBaselineBuilder.build(plan: version.plan, store: store)
            let actions = try (stored.actions[version.number] ?? []).flatMap(PlanActionConversion.actions)
            var scenarios: [Scenario] = []
            if let percent = assumptions.moreReferralsPercent { scenarios.append(.moreReferrals(percent: percent)) }
            if !assumptions.closedWeeks.isEmpty { scenarios.append(.closedWeeks(assumptions.closedWeeks)) }
            for (object, total) in assumptions.buy.sorted(by: { $0.key < $1.key }) {
                scenarios.append(.buyProcedures(total: total, objectCode: object, weeks: setup.grid.weeks))
            }
            if let resource = assumptions.extraOperationResource {
                let units = Set(setup.grid.objects.filter { $0.contactType == .operation }.map(\.unitCode))
                guard !units.isEmpty else {
                    throw PlanServiceError(
                        code: "plan.no_operation_unit",
                        "Planen har inga operationsobjekt att lägga en operation till för.")
                }
                for unit in units.sorted() {
                    scenarios.append(
                        .oneMoreOperationPerDay(
                            unitCode: unit, resourceCode: resource,
                            hoursPerOperation: PlanningDefaults.operatingHoursPerOperation, weeks: setup.grid.weeks))
                }
            }
            guard !scenarios.isEmpty else {
                throw PlanServiceError(
                    code: "plan.scenario_empty",
                    "Ange minst ett antagande, t.ex. --more-referrals 10 eller --close-weeks 2027-W29,2027-W30.")
            }
            let names = Array(Set(scenarios.map(\.name))).sorted()
            let baseline = try Scenario(name: "Version \(version.number)", actions: actions).apply(to: setup.baseline)
            let changed = try Scenario(
                name: names.joined(separator: " + "), actions: actions + scenarios.flatMap(\.actions)
            ).apply(to: setup.baseline)
            return try ScenarioComparison(
                baseline: baseline, scenario: changed, waitingLists: try waitingGroups(setup.grid))
        }
    }

    /// One waiting list per specialty, from the latest snapshot, for the plan's objects.
    private func waitingGroups(_ grid: PlanningGrid) throws -> [WaitingListGroup] {
        let (_, counts) = try store.latestWaitingCounts()
        let specialtyOf = Dictionary(uniqueKeysWithValues: grid.objects.map { ($0.code, $0.specialty) })
        var cohorts: [String: [ISOWeek: Double]] = [:]
        for count in counts {
            guard let specialty = specialtyOf[count.objectCode] else { continue }
            cohorts[specialty, default: [:]][count.joined, default: 0] += Double(count.count)
        }
        return cohorts.sorted { $0.key < $1.key }.map { specialty, weeks in
            WaitingListGroup(
                name: specialty, objectCodes: grid.objects.filter { $0.specialty == specialty }.map(\.code),
                initial: weeks.sorted { $0.key < $1.key }.map { WaitingCohort(priority: 1, joined: $0, count: $1) })
        }
    }
}
