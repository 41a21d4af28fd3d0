import Forecasting
public import Foundation
public import NodeStore
public import PlanningDomain

/// What `plan create` made.
public struct PlanCreateReport: Sendable {
    /// The stored plan's id.
    public var planID: Int64
    /// The plan (version 1).
    public var plan: ProductionPlan
    /// Planning objects under the unit without an inflow forecast (left out).
    public var objectsWithoutForecast: Int
    /// Plan weeks beyond a forecast's horizon, filled with that forecast's mean (summed over objects).
    public var filledWeeks: Int
    /// Objects whose volumes include extra production for the waiting-list goal.
    public var objectsWithGoal: Int = 0
    /// Extra production the goal adds over the plan, in total.
    public var goalExtraVolume: Double = 0
}

/// A waiting-list goal for a new plan: "share within days" for every object's list, reached by a week.
public struct PlanWaitingGoal: Sendable {
    /// The care-guarantee style target, e.g. 90 % within 90 days.
    public var target: TargetWait
    /// The last week of the effort.
    public var deadline: ISOWeek

    /// Creates a goal.
    public init(target: TargetWait, deadline: ISOWeek) {
        self.target = target
        self.deadline = deadline
    }
}

/// The production-plan workflow on the node: create from the forecast, edit, agree, balance, compare scenarios.
///
/// Every command that changes a plan is one write transaction; the domain (``PlanVersions``) decides whether it
/// is allowed, and the database's trigger refuses changes to agreed versions as a second line.
public struct PlanService: Sendable {
    let store: NodeStore
    let now: @Sendable () -> Date

    /// Creates the service.
    public init(store: NodeStore, now: @escaping @Sendable () -> Date) {
        self.store = store
        self.now = now
    }

    var timestamp: String { ISO8601DateFormatter().string(from: now()) }

    /// Creates a plan over 12 rolling months for the planning objects under `unitCode`, with the latest inflow
    /// forecast's weekly means as volumes; stored as version 1 (draft).
    ///
    /// With a waiting-list goal, each object's volumes become its production need: the forecast plus the extra
    /// production that brings its list (latest snapshot) to the goal's target size by the deadline
    /// (``WaitingListGoal``, the NHS-R relief-capacity rule); lists already small enough add nothing.
    public func create(
        unitCode: String, name: String, startWeek: ISOWeek?, user: String, goal: PlanWaitingGoal? = nil
    ) throws -> PlanCreateReport {
        try PlanServiceError.translated {
            let master = try store.masterData()
            let tree = try OrganisationTree(units: master.units)
            guard tree.units[unitCode] != nil else {
                throw PlanServiceError(
                    code: "plan.unknown_unit", "Enheten \"\(unitCode)\" finns inte. Kontrollera koden (balans status).")
            }
            let inUnit = Set(
                master.planningObjects.filter { tree.isWithin($0.unitCode, ancestor: unitCode) }.map(\.code))
            let forecasts = try store.latestForecasts(.inflow, objectCodes: inUnit)
            guard let firstWeek = forecasts.compactMap(\.weeks.first).min() else {
                throw PlanServiceError(
                    code: "plan.no_forecast",
                    "Det finns ingen behovsprognos för planeringsobjekten i \(unitCode). Kör balans forecast först.")
            }
            var plan = ProductionPlan(scope: unitCode, rollingYearFrom: startWeek ?? firstWeek)
            var filled = 0
            for forecast in forecasts {
                let mean = forecast.forecast.mean
                let average = mean.isEmpty ? 0 : mean.reduce(0, +) / Double(mean.count)
                let byWeek = Dictionary(zip(forecast.weeks, mean), uniquingKeysWith: { first, _ in first })
                let values = plan.weeks.map { week -> Double in
                    if let value = byWeek[week] { return value }
                    filled += 1
                    return average
                }
                try plan.setVolumes(object: forecast.objectCode, values: values)
            }
            var goalObjects = 0
            var goalExtra = 0.0
            if let goal {
                let before = plan.grandTotal
                goalObjects = try applyWaitingGoal(goal, to: &plan, tree: tree, master: master)
                goalExtra = plan.grandTotal - before
            }
            let actor = PlanActor(userID: user, level: .tactical)
            var comment = "Skapad från prognoskörning \(forecasts.map(\.runID).max() ?? 0)"
            if let goal {
                comment +=
                    "; väntelistemål \(Int((goal.target.share * 100).rounded())) % inom "
                    + "\(Int((goal.target.limit.value * 7).rounded())) dagar till \(goal.deadline)"
            }
            let versions = try PlanVersions(plan: plan, createdBy: actor, at: timestamp, comment: comment)
            let id = try store.createPlan(name: name, versions: versions, createdAt: timestamp, createdBy: user)
            return PlanCreateReport(
                planID: id, plan: plan, objectsWithoutForecast: inUnit.count - forecasts.count, filledWeeks: filled,
                objectsWithGoal: goalObjects, goalExtraVolume: goalExtra)
        }
    }

    /// Replaces each object's volumes with its production need under `goal`; returns how many objects got extra.
    private func applyWaitingGoal(
        _ goal: PlanWaitingGoal, to plan: inout ProductionPlan, tree: OrganisationTree, master: RegionMasterData
    ) throws -> Int {
        let waiting = Dictionary(
            try store.latestWaitingCounts().counts.map { ($0.objectCode, $0.count) }, uniquingKeysWith: +)
        let planObjects = Set(plan.objectCodes)
        let objects = master.planningObjects.filter { planObjects.contains($0.code) }
        let grid = try PlanningGrid(
            tree: tree, resources: master.resources, objects: objects, startWeek: plan.startWeek,
            weekCount: plan.weekCount)
        let goals = objects.compactMap { object -> WaitingListGoal? in
            guard let current = waiting[object.code], current > 0 else { return nil }
            return WaitingListGoal(
                objectCode: object.code, current: Quantity(Double(current)), target: .wait(goal.target),
                deadline: goal.deadline)
        }
        let need = try ProductionNeed(
            grid: grid, inflow: objects.map { WeeklySeries(code: $0.code, values: plan.volumes[$0.code]!) },
            goals: goals)
        var raised = 0
        for (index, object) in grid.objects.enumerated() {
            let values = need.needSeries(object: index)
            if values != plan.volumes[object.code]! { raised += 1 }
            try plan.setVolumes(object: object.code, values: values)
        }
        return raised
    }

    /// The stored plan.
    public func plan(_ id: Int64) throws -> StoredPlan {
        try PlanServiceError.translated {
            guard let plan = try store.plan(id: id) else { throw UnknownPlanError(id: id) }
            return plan
        }
    }

    /// The version `number` of the plan, or the latest when nil.
    public func version(of plan: StoredPlan, _ number: Int?) throws -> PlanVersion {
        guard let number else { return plan.versions.versions.last! }
        guard let version = plan.versions.version(number) else {
            throw PlanServiceError(
                code: PlanWorkflowError.unknownVersion(number).code, PlanWorkflowError.unknownVersion(number).message)
        }
        return version
    }

    /// Sends a workflow command (propose, agree, reject, edit) to a version; returns the domain's effects.
    @discardableResult
    public func handle(
        planID: Int64, version: Int, action: PlanCommand.Action, user: String, level: PlanningLevel,
        comment: String = ""
    ) throws -> [PlanEffect] {
        let command = PlanCommand(action, by: PlanActor(userID: user, level: level), at: timestamp, comment: comment)
        return try PlanServiceError.translated {
            try store.updatePlan(id: planID) { state in try state.versions.handle(command, version: version) }
        }
    }

    /// Creates a new draft version from `source`; returns its number.
    public func newVersion(planID: Int64, from source: Int, user: String, comment: String) throws -> Int {
        let stamp = timestamp
        return try PlanServiceError.translated {
            try store.updatePlan(id: planID) { state in
                let (number, _) = try state.versions.newVersion(
                    from: source, by: PlanActor(userID: user, level: .tactical), at: stamp, comment: comment)
                state.actions[number] = state.actions[source] ?? []
                return number
            }
        }
    }

    /// Adds a balancing action to a draft version, after checking it against the plan's grid.
    public func addAction(planID: Int64, version number: Int, _ record: PlanActionRecord) throws {
        try PlanServiceError.translated {
            let stored = try plan(planID)
            let version = try version(of: stored, number)
            try Self.requireDraft(version)
            let master = try store.masterData()
            let grid = try PlanningGrid(
                tree: try OrganisationTree(units: master.units), resources: master.resources,
                objects: master.planningObjects.filter { version.plan.volumes[$0.code] != nil },
                startWeek: version.plan.startWeek, weekCount: version.plan.weekCount)
            // Applying to an empty baseline checks every code and week without the cost of a full balance.
            _ = try Scenario(name: record.name, actions: try PlanActionConversion.actions(record)).apply(
                to: ScenarioBaseline(
                    grid: grid, production: try ProductionNeed(grid: grid, inflow: []), use: ResourceUse(grid: grid),
                    available: AvailableCapacity(grid: grid)))
            try store.updatePlan(id: planID) { state in
                guard let current = state.versions.version(number) else {
                    throw PlanWorkflowError.unknownVersion(number)
                }
                try Self.requireDraft(current)
                state.actions[number, default: []].append(record)
            }
        }
    }

    /// Adds a production goal for the plan's scope.
    public func addGoal(
        planID: Int64, year: Int, quarter: Int?, volume: Double, specialty: String?
    ) throws -> ProductionGoal {
        try PlanServiceError.translated {
            let stored = try plan(planID)
            guard volume >= 0, volume.isFinite else {
                throw PlanServiceError(code: "plan.goal_volume", "Målvolymen måste vara 0 eller större.")
            }
            let period: ProductionGoal.Period
            if let quarter {
                guard let value = YearQuarter(year: year, quarter: quarter) else {
                    throw PlanServiceError(code: "plan.goal_quarter", "Kvartal \(quarter) finns inte; ange 1–4.")
                }
                period = .quarter(value)
            } else {
                period = .year(year)
            }
            let goal = ProductionGoal(
                name: "Produktionsmål" + (specialty.map { " \($0)" } ?? ""), scope: stored.versions.scope,
                period: period, selection: specialty.map { .specialty($0) } ?? .allObjects, volume: volume)
            try store.addPlanGoal(planID: planID, goal: goal)
            return goal
        }
    }

    /// The goals' deviations for a version.
    public func goalDeviations(_ plan: StoredPlan, version: PlanVersion) throws -> [GoalDeviation] {
        GoalCheck.check(plan: version.plan, goals: plan.goals, objects: try store.masterData().planningObjects)
    }

    /// The daily breakdown of one object's week.
    public func days(
        planID: Int64, version: Int, object: String, week: ISOWeek, openingDays: Set<Weekday>
    ) throws -> DailyPlan {
        try PlanServiceError.translated {
            let stored = try plan(planID)
            return try DailyPlan.breakDown(
                plan: try self.version(of: stored, version).plan, week: week, object: object,
                openingDays: openingDays, calendar: SwedishCalendar())
        }
    }

    static func requireDraft(_ version: PlanVersion) throws {
        switch version.status {
        case .draft: return
        case .agreed: throw PlanWorkflowError.agreedIsImmutable(version: version.number)
        case .proposed, .superseded:
            throw PlanWorkflowError.notAllowed(version: version.number, status: version.status, command: .edit)
        }
    }
}
