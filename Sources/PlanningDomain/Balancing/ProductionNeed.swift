/// Production need (produktionsbehov) per planning object and week: forecast inflow, plus the extra production
/// a waiting-list goal requires, minus realised reductions and care bought elsewhere.
///
/// Values are in units of production per week (visits, operations, admissions) and never negative. Stored dense,
/// object-major over the ``PlanningGrid``.
public struct ProductionNeed: Sendable, Hashable {
    /// The grid's object and week counts.
    public let objectCount: Int
    /// Number of weeks.
    public let weekCount: Int
    /// Forecast inflow (mean per week).
    private(set) var inflow: [Double]
    /// Extra production: waiting-list goals, realised reductions (negative) and postponements.
    private(set) var extra: [Double]
    /// Production bought from other providers: reduces own need, still treats patients on the list.
    private(set) var bought: [Double]

    /// Computes the need from inflow forecasts, optional waiting-list goals and realised reductions.
    ///
    /// Objects without an inflow series have zero inflow. An unrealised reduction is refused
    /// (``BalancingError/unrealisedGain(name:)``) rather than silently ignored, so a planner sees why.
    public init(
        grid: PlanningGrid, inflow series: [WeeklySeries], goals: [WaitingListGoal] = [],
        reductions: [NeedReduction] = []
    ) throws(BalancingError) {
        let weeks = grid.weekCount
        objectCount = grid.objects.count
        weekCount = weeks
        inflow = [Double](repeating: 0, count: objectCount * weeks)
        extra = inflow
        bought = inflow
        for item in series {
            let object = try grid.resolveObject(item.code)
            guard item.values.count == weeks else {
                throw .seriesLength(code: item.code, expected: weeks, actual: item.values.count)
            }
            for (week, value) in item.values.enumerated() {
                guard value >= 0, value.isFinite else { throw .invalidAmount(name: item.code, value: value) }
                inflow[object * weeks + week] = value
            }
        }
        for goal in goals { try apply(goal, grid: grid) }
        for reduction in reductions {
            guard reduction.realised else { throw .unrealisedGain(name: reduction.name) }
            guard reduction.perWeek >= 0 else { throw .invalidAmount(name: reduction.name, value: reduction.perWeek) }
            let object = try grid.resolveObject(reduction.objectCode)
            let first = try grid.resolveWeek(reduction.from)
            for week in first..<weeks { extra[object * weeks + week] -= reduction.perWeek }
        }
    }

    private mutating func apply(_ goal: WaitingListGoal, grid: PlanningGrid) throws(BalancingError) {
        let object = try grid.resolveObject(goal.objectCode)
        let last = try grid.resolveWeek(goal.deadline)
        let span = last + 1
        let base = object * weekCount
        let meanInflow = inflow[base..<(base + span)].reduce(0, +) / Double(span)
        let targetSize: Quantity<Patients> =
            switch goal.target {
            case .size(let size): size
            case .wait(let target): QueueRules.targetQueueSize(demand: Quantity(meanInflow), target: target)
            }
        guard goal.current > targetSize else { return }
        for week in 0..<span {
            let relief = QueueRules.reliefCapacity(
                demand: Quantity(inflow[base + week]), queue: goal.current, targetQueue: targetSize,
                weeksToTarget: Quantity(Double(span)))
            extra[base + week] += relief.value - inflow[base + week]
        }
    }

    /// Own production need of an object (by grid index) in a week (by index): never negative.
    public func need(object: Int, week: Int) -> Double {
        let index = object * weekCount + week
        return max(0, inflow[index] + extra[index] - bought[index])
    }

    /// Forecast inflow of an object in a week (after any scenario scaling).
    public func inflow(object: Int, week: Int) -> Double { inflow[object * weekCount + week] }

    /// Production bought elsewhere for an object in a week.
    public func bought(object: Int, week: Int) -> Double { bought[object * weekCount + week] }

    /// Own production need of an object across the horizon, week by week.
    public func needSeries(object: Int) -> [Double] { (0..<weekCount).map { need(object: object, week: $0) } }

    /// Total own production need over all objects and weeks.
    public var total: Double {
        var sum = 0.0
        for object in 0..<objectCount {
            for week in 0..<weekCount { sum += need(object: object, week: week) }
        }
        return sum
    }

    // MARK: Scenario changes (used by ``Scenario``).

    mutating func scaleInflow(object: Int, by factor: Double) {
        let base = object * weekCount
        for week in 0..<weekCount { inflow[base + week] *= factor }
    }

    mutating func buy(object: Int, week: Int, volume: Double) { bought[object * weekCount + week] += volume }

    mutating func addExtra(object: Int, week: Int, amount: Double) { extra[object * weekCount + week] += amount }
}
