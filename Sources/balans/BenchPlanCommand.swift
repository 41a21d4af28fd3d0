import ArgumentParser
import Foundation
import PlanningDomain

/// `balans bench-plan`: developer plumbing for `Benchmarks/plan-benchmark.sh`. Builds a large synthetic region in
/// memory (deterministic for a seed), then times a full planning pass: production need with waiting-list goals,
/// capacity need, available capacity, balance and gaps over the tree, limiting resources, a scenario compared with
/// the baseline (one waiting-list simulation per planning object) and a production plan with quarterly totals.
///
/// Only the computation is timed, with a monotonic clock; generating the data is not.
struct BenchPlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-plan",
        abstract: "Developer benchmark: a full production plan for a large synthetic region.",
        shouldDisplay: false)

    @Option(help: "Planning objects.")
    var objects = 2000

    @Option(help: "Planned weeks.")
    var weeks = 52

    @Option(help: "Resources.")
    var resources = 50

    @Option(help: "Organisation units in the tree, the region included (at least 4).")
    var units = 300

    @Option(help: "Seed for the synthetic data.")
    var seed: UInt64 = 1

    @Option(help: "First planned ISO week.")
    var start = "2026-W01"

    func validate() throws {
        guard objects >= 1 else { throw ValidationError("--objects must be at least 1, not \(objects).") }
        guard weeks >= 1 else { throw ValidationError("--weeks must be at least 1, not \(weeks).") }
        guard resources >= 1 else { throw ValidationError("--resources must be at least 1, not \(resources).") }
        guard units >= 4 else {
            throw ValidationError("--units must be at least 4 (region, division, department, unit), not \(units).")
        }
        guard case .success = ISOWeek.parse(start) else {
            throw ValidationError("--start is \"\(start)\"; write an ISO week such as 2026-W01.")
        }
    }

    func run() throws {
        guard case .success(let startWeek) = ISOWeek.parse(start) else { return }
        let clock = ContinuousClock()
        let generationBegan = clock.now
        let region = try BenchRegion(
            objects: objects, weeks: weeks, resources: resources, units: units, seed: seed, startWeek: startWeek)
        let generationSeconds = (clock.now - generationBegan).seconds

        var timings = BenchPhaseTimings(clock: clock)
        let summary = try BenchPlanRun.run(region, timings: &timings)

        print("Balans bench-plan (seed \(seed), start \(startWeek))")
        print(
            "region: \(region.unitList.count) enheter/units, \(region.objectList.count) planeringsobjekt/objects, "
                + "\(region.resourceList.count) resurser/resources, \(weeks) veckor/weeks")
        print("datagenerering/data generation: \(Self.milliseconds(generationSeconds)) ms (not timed below)")
        for phase in timings.phases {
            print("  \(phase.name): \(Self.milliseconds(phase.seconds)) ms")
        }
        for line in summary { print(line) }
        print("computation_seconds: \(Self.format(timings.total, decimals: 3))")
    }

    static func milliseconds(_ seconds: Double) -> String { format(seconds * 1000, decimals: 1) }

    /// Fixed-point text.
    static func format(_ value: Double, decimals: Int) -> String { String(format: "%.\(decimals)f", value) }
}

/// Named phase durations measured with one monotonic clock: each ``lap(_:)`` ends the phase begun by the
/// previous lap (or by ``start()``).
struct BenchPhaseTimings {
    let clock: ContinuousClock
    private(set) var phases: [(name: String, seconds: Double)] = []
    private var began: ContinuousClock.Instant

    init(clock: ContinuousClock) {
        self.clock = clock
        began = clock.now
    }

    /// Starts the first phase.
    mutating func start() { began = clock.now }

    /// Ends the current phase under `name` and starts the next.
    mutating func lap(_ name: String) {
        let now = clock.now
        phases.append((name, (now - began).seconds))
        began = clock.now
    }

    /// Sum of the phases.
    var total: Double { phases.reduce(0) { $0 + $1.seconds } }
}

/// The timed planning pass over a generated region, and the figures it prints.
enum BenchPlanRun {
    /// Runs every phase under `timings` and returns the summary lines.
    static func run(_ region: BenchRegion, timings: inout BenchPhaseTimings) throws -> [String] {
        let overrides = region.overrides  // generated data, not timed
        timings.start()
        let grid = try PlanningGrid(
            tree: region.tree, resources: region.resourceList, objects: region.objectList,
            startWeek: region.startWeek, weekCount: region.weekCount)
        timings.lap("index (planning grid)")

        let production = try ProductionNeed(grid: grid, inflow: region.inflow, goals: region.goals)
        timings.lap("produktionsbehov/production need")

        var use = ResourceUse(grid: grid)
        for entry in region.useEntries {
            try use.set(entry.perUnit, object: entry.object, resource: entry.resource)
        }
        // Analysts' figures replace part of the estimate, as they do in every plan on a node.
        var sources: [ResourceUseSource] = []
        try use.apply(overrides, grid: grid, bedOccupancy: 0.9, sources: &sources)
        timings.lap("kapacitetsåtgång/resource use (med manuella värden/with overrides)")

        let capacityNeed = CapacityNeed(grid: grid, production: production, use: use)
        timings.lap("kapacitetsbehov/capacity need")

        let available = try AvailableCapacity(grid: grid, records: region.capacityRecords)
        timings.lap("tillgänglig kapacitet/available capacity")

        let balance = Balance(grid: grid, available: available, need: capacityNeed)
        timings.lap("balans/balance (subtree sums)")

        // Every unit of the tree (subtree sums) × resource × granularity, as a planner's gap report would.
        var gapCount = 0
        var gapShortfall = 0.0
        for granularity in BalancePeriod.Granularity.allCases {
            for unitCode in grid.unitCodes {
                for resource in grid.resources {
                    for gap in try balance.gaps(unitCode: unitCode, resourceCode: resource.code, by: granularity) {
                        gapCount += 1
                        if unitCode == grid.tree.rootCode, granularity == .quarter { gapShortfall += min(0, gap.gap) }
                    }
                }
            }
        }
        timings.lap("gap vecka/månad/kvartal, alla nivåer/gaps by week/month/quarter, all levels")

        let limiting = try balance.limitingResources(threshold: 0.95, by: .month)
        timings.lap("begränsande resurser/limiting resources")

        let shortfall = ShortfallScan(balance: balance)
        timings.lap("underskottsceller/shortfall cells")

        let baseline = ScenarioBaseline(grid: grid, production: production, use: use, available: available)
        let actions = region.actions(for: shortfall, balance: balance, production: production, use: use)
        let baseOutcome = try Scenario(name: "Basplan", actions: []).apply(to: baseline)
        let scenario = Scenario(name: "Åtgärder + 10 % fler remisser", actions: actions)
        let scenarioOutcome = try scenario.apply(to: baseline)
        timings.lap("scenario (bas + åtgärder/base + actions)")

        let comparison = try ScenarioComparison(
            baseline: baseOutcome, scenario: scenarioOutcome, waitingLists: region.groups)
        timings.lap("jämförelse + väntelistesimulering/comparison + waiting lists")

        // The balanced plan: what the capacity allows, plus care bought elsewhere.
        let delivered = baseOutcome.deliveredProduction()
        var plan = ProductionPlan(scope: grid.tree.rootCode, startWeek: grid.startWeek, weekCount: grid.weekCount)
        for (object, planningObject) in grid.objects.enumerated() {
            try plan.setVolumes(object: planningObject.code, values: delivered[object])
        }
        let quarters = plan.quarterlyTotals()
        let planTotal = plan.grandTotal
        timings.lap("produktionsplan + kvartal/production plan + quarters")

        var lines: [String] = []
        let f = { (value: Double) in BenchPlanCommand.format(value, decimals: 0) }
        lines.append(
            "produktionsbehov/production need: \(f(production.total)) "
                + "(scenario \(f(comparison.productionNeed.scenario)))")
        lines.append(
            "levererad produktion/delivered: \(f(comparison.deliveredProduction.baseline)) "
                + "(scenario \(f(comparison.deliveredProduction.scenario)))")
        lines.append(
            "gap-rader/gap rows (alla nivåer/all levels, vecka+månad+kvartal): \(gapCount); "
                + "regionens kvartalsunderskott/region quarterly shortfall \(f(-gapShortfall))")
        lines.append(
            "underskottsceller/shortfall cells (enhet×resurs×vecka/unit×resource×week): "
                + "\(shortfall.cells) of \(shortfall.total), "
                + "underskott/shortfall \(f(-shortfall.sum)) in resource measures"
        )
        lines.append("begränsande resurser/limiting (enhet×månad/unit×month, > 95 %): \(limiting.count)")
        let shortBase = comparison.resourceGaps.reduce(0) { $0 + $1.shortfall.baseline }
        let shortScenario = comparison.resourceGaps.reduce(0) { $0 + $1.shortfall.scenario }
        lines.append(
            "scenario: \(actions.count) åtgärder/actions; "
                + "underskott/shortfall \(f(-shortBase)) → \(f(-shortScenario))")
        let waitingBase = comparison.waitingLists.reduce(0) { $0 + $1.waiting.baseline }
        let waitingScenario = comparison.waitingLists.reduce(0) { $0 + $1.waiting.scenario }
        let within = comparison.waitingLists.reduce(0) { $0 + $1.shareWithinLimit.baseline * $1.waiting.baseline }
        let withinPercent = BenchPlanCommand.format(waitingBase > 0 ? 100 * within / waitingBase : 100, decimals: 1)
        lines.append(
            "väntelistor/waiting lists: \(comparison.waitingLists.count) × \(grid.weekCount) v; väntande/waiting "
                + "\(f(waitingBase)) → \(f(waitingScenario)); inom 90 dagar/within 90 days "
                + "\(withinPercent) % (bas/base)")
        lines.append("manuell resursåtgång/resource-use overrides: \(overrides.count)")
        lines.append("varningar/warnings: \(comparison.warnings.count)")
        let quarterText = quarters.sorted { $0.key < $1.key }.map { "\($0.key) \(f($0.value))" }
        lines.append(
            "produktionsplan/plan: \(plan.volumes.count) objekt, totalt/total \(f(planTotal)); "
                + quarterText.joined(separator: ", "))
        return lines
    }
}

/// Own (unit, resource, week) cells where need exceeds available capacity, and the worst one.
struct ShortfallScan {
    var cells = 0
    var total = 0
    var sum = 0.0
    var worst: (unit: Int, resource: Int, week: Int, gap: Double)?

    init(balance: Balance) {
        let grid = balance.grid
        for unit in grid.unitCodes.indices {
            for resource in grid.resources.indices {
                for week in 0..<grid.weekCount {
                    total += 1
                    let gap = balance.gap(unit: unit, resource: resource, week: week, subtree: false)
                    guard gap < -1e-9 else { continue }
                    cells += 1
                    sum += gap
                    if gap < worst?.gap ?? 0 { worst = (unit, resource, week, gap) }
                }
            }
        }
    }
}

/// A synthetic region, generated deterministically from a seed: region → divisions → departments → units,
/// planning objects at the units, resources, resource use, inflow with seasonality, capacity records with a
/// thinner summer, and an initial waiting list per object.
struct BenchRegion {
    struct UseEntry {
        var object: Int
        var resource: Int
        var perUnit: ResourceUse.PerUnit
    }

    let startWeek: ISOWeek
    let weekCount: Int
    var unitList: [OrganisationUnit] = []
    let tree: OrganisationTree
    var resourceList: [Resource] = []
    var objectList: [PlanningObject] = []
    var useEntries: [UseEntry] = []
    var inflow: [WeeklySeries] = []
    var goals: [WaitingListGoal] = []
    var capacityRecords: [CapacityRecord] = []
    var groups: [WaitingListGroup] = []

    static let summerWeeks = 27...32

    init(objects: Int, weeks: Int, resources: Int, units: Int, seed: UInt64, startWeek: ISOWeek) throws {
        var random = BenchRandom(seed: seed)
        self.startWeek = startWeek
        weekCount = weeks
        let calendar = (0..<weeks).map { startWeek.adding(weeks: $0) }

        // Tree: about one division per 50 units and one department per 10; the rest are units (enheter).
        let divisions = max(1, units / 50)
        let departments = max(divisions, units / 10)
        let leaves = units - 1 - divisions - departments
        unitList.append(OrganisationUnit(code: "R", name: "Region Bench", level: .region, parentCode: nil))
        for d in 0..<divisions {
            unitList.append(
                OrganisationUnit(code: "F\(d)", name: "Förvaltning \(d)", level: .division, parentCode: "R"))
        }
        for d in 0..<departments {
            unitList.append(
                OrganisationUnit(
                    code: "V\(d)", name: "Verksamhet \(d)", level: .department, parentCode: "F\(d % divisions)"))
        }
        var leafCodes: [String] = []
        for u in 0..<leaves {
            let code = "E\(u)"
            leafCodes.append(code)
            unitList.append(
                OrganisationUnit(code: code, name: "Enhet \(u)", level: .unit, parentCode: "V\(u % departments)"))
        }
        tree = try OrganisationTree(units: unitList)

        // Resources: mostly hours (staff, OR time); every 10th is beds, every 10th + 1 is sessions.
        for r in 0..<resources {
            let measure: ResourceMeasure =
                resources < 10 ? .hours : (r % 10 == 8 ? .beds : (r % 10 == 9 ? .sessions : .hours))
            let kind: ResourceKind = measure == .beds ? .bed : (measure == .sessions ? .room : .staff)
            resourceList.append(Resource(code: "RES\(r)", name: "Resurs \(r)", kind: kind, measure: measure))
        }
        let hourResources = resourceList.indices.filter { resourceList[$0].measure == .hours }
        let otherResources = resourceList.indices.filter { resourceList[$0].measure != .hours }
        // Each unit works with a small palette of resources, so capacity and shortfalls concentrate.
        let palettes: [[Int]] = (0..<leaves).map { _ in
            var palette = Set<Int>()
            while palette.count < min(4, hourResources.count) {
                palette.insert(hourResources[random.int(hourResources.count)])
            }
            var list = palette.sorted()
            if !otherResources.isEmpty { list.append(otherResources[random.int(otherResources.count)]) }
            return list
        }

        // Planning objects, resource use and inflow.
        let priorities = ["P1", "P2", "P3", "P4"]
        var meanNeed = [[Int: Double]](repeating: [:], count: leaves)  // leaf → resource → mean measure/week
        for o in 0..<objects {
            let leaf = o % leaves
            let palette = palettes[leaf]
            let contact = ContactType.allCases[random.int(ContactType.allCases.count)]
            let priority = priorities[random.int(priorities.count)]
            let code = "PO\(o)"
            objectList.append(
                PlanningObject(
                    code: code, name: "Planeringsobjekt \(o)", unitCode: leafCodes[leaf],
                    specialty: "Spec \(leaf % 17)",
                    careService: "Tjänst \(o % 23)", providerCategory: "Läkare", contactType: contact,
                    medicalPriority: priority))

            let level = random.double(2, 40)
            let phase = random.double(0, 6)
            var values: [Double] = []
            for week in calendar {
                let angle = 2 * Double.pi * (Double(week.week) - 2 - phase) / 52
                var factor = 1 + 0.15 * cos(angle)
                if Self.summerWeeks.contains(week.week) { factor *= 0.6 }
                values.append(max(0, level * factor * random.double(0.9, 1.1)))
            }
            let mean = values.reduce(0, +) / Double(values.count)
            inflow.append(WeeklySeries(code: code, values: values))

            // 1–3 resources: one or two hour resources in minutes, sometimes a bed or session resource.
            let hourPalette = palette.filter { resourceList[$0].measure == .hours }
            var used = [hourPalette[random.int(hourPalette.count)]]
            if random.double(0, 1) < 0.5, hourPalette.count > 1 {
                let second = hourPalette[random.int(hourPalette.count)]
                if second != used[0] { used.append(second) }
            }
            if let extra = palette.last, resourceList[extra].measure != .hours, random.double(0, 1) < 0.3 {
                used.append(extra)
            }
            for resource in used {
                let perUnit: ResourceUse.PerUnit
                let factor: Double
                switch resourceList[resource].measure {
                case .hours:
                    let minutes = random.double(10, 120)
                    perUnit = .minutes(minutes)
                    factor = minutes / 60
                case .beds:
                    let days = random.double(1, 6)
                    perUnit = .lengthOfStay(days: days, occupancy: 0.9)
                    factor = days / 7 / 0.9
                case .days, .sessions:
                    let amount = random.double(0.02, 0.2)
                    perUnit = .amount(amount)
                    factor = amount
                }
                useEntries.append(UseEntry(object: o, resource: resource, perUnit: perUnit))
                meanNeed[leaf][resource, default: 0] += mean * factor
            }

            // Initial waiting list: 4–20 weekly cohorts of 30–100 % of the inflow, at the object's priority.
            let rank = priorities.firstIndex(of: priority)! + 1
            let backlog = 4 + random.int(17)
            var cohorts: [WaitingCohort] = []
            for age in stride(from: backlog, through: 1, by: -1) {
                cohorts.append(
                    WaitingCohort(
                        priority: rank, joined: startWeek.adding(weeks: -age), count: level * random.double(0.3, 1)))
            }
            groups.append(
                WaitingListGroup(
                    name: code, objectCodes: [code], initial: cohorts, priority: rank, withdrawalRate: 0.005,
                    limit: Quantity(90)))
            // A waiting-list goal on every 7th object: halve the list (or 90 % within 12 weeks) by mid-horizon.
            if o % 7 == 0 {
                let current = Quantity<Patients>(cohorts.reduce(0) { $0 + $1.count })
                let target: WaitingListGoal.Target =
                    o % 14 == 0
                    ? .size(current * 0.5) : .wait(TargetWait(share: 0.9, limit: Quantity(12))!)
                goals.append(
                    WaitingListGoal(
                        objectCode: code, current: current, target: target,
                        deadline: startWeek.adding(weeks: max(0, weeks / 2 - 1))))
            }
        }

        // Capacity: 0–30 % above the mean need; 8 % absence, in summer 30 % (every third resource 50 %).
        for leaf in 0..<leaves {
            for (resource, need) in meanNeed[leaf].sorted(by: { $0.key < $1.key }) {
                let planned = need * random.double(1.0, 1.3)
                let summerAbsence = resource % 3 == 0 ? 0.5 : 0.3
                for week in calendar {
                    let share = Self.summerWeeks.contains(week.week) ? summerAbsence : 0.08
                    capacityRecords.append(
                        CapacityRecord(
                            unitCode: leafCodes[leaf], resourceCode: resourceList[resource].code, week: week,
                            planned: planned, absence: planned * share))
                }
            }
        }
    }

    /// Three balancing actions aimed at the worst shortfall (move capacity from a unit with spare, buy care for the
    /// object there), plus the assumption "10 % fler remisser".
    func actions(
        for shortfall: ShortfallScan, balance: Balance, production: ProductionNeed, use: ResourceUse
    ) -> [BalancingAction] {
        var actions = [
            BalancingAction(name: "10 % fler remisser", effect: .scaleInflow(factor: 1.1, objectCodes: nil))
        ]
        guard let worst = shortfall.worst else { return actions }
        let grid = balance.grid
        let week = grid.startWeek.adding(weeks: worst.week)
        let resourceCode = grid.resources[worst.resource].code
        var donor: (unit: Int, spare: Double)?
        for unit in grid.unitCodes.indices where unit != worst.unit {
            let spare = balance.gap(unit: unit, resource: worst.resource, week: worst.week, subtree: false)
            if spare > donor?.spare ?? 0 { donor = (unit, spare) }
        }
        if let donor {
            actions.append(
                BalancingAction(
                    name: "Flytta \(resourceCode) v\(week.week)",
                    effect: .moveCapacity(
                        resourceCode: resourceCode, from: grid.unitCodes[donor.unit], fromWeek: week,
                        to: grid.unitCodes[worst.unit], toWeek: week, amount: min(donor.spare, -worst.gap))))
        }
        var buyer: (object: Int, need: Double)?
        for object in grid.objects.indices
        where grid.unitIndex(ofObject: object) == worst.unit && use.factor(object: object, resource: worst.resource) > 0
        {
            let need = production.need(object: object, week: worst.week)
            if need > buyer?.need ?? 0 { buyer = (object, need) }
        }
        if let buyer {
            let summer = grid.weeks.filter { Self.summerWeeks.contains($0.week) }
            actions.append(
                BalancingAction(
                    name: "Köp vård \(grid.objects[buyer.object].code)",
                    effect: .buyCare(
                        objectCode: grid.objects[buyer.object].code, weeks: summer, volumePerWeek: buyer.need * 0.2)))
        }
        return actions
    }
}

/// SplitMix64: a seeded generator so the same seed always gives the same region.
struct BenchRandom {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in [low, high).
    mutating func double(_ low: Double, _ high: Double) -> Double {
        low + (high - low) * Double(next() >> 11) / Double(1 << 53)
    }

    /// Uniform in 0..<bound.
    mutating func int(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}

extension Duration {
    /// The duration in seconds.
    fileprivate var seconds: Double {
        let (whole, attoseconds) = components
        return Double(whole) + Double(attoseconds) * 1e-18
    }
}

extension BenchRegion {
    /// Manual resource-use figures as analysts set them: for every 20th use entry in minutes, a figure for the
    /// object's whole unit (10 % below the generated one), and for every 50th an object's own figure.
    var overrides: [ResourceUseOverride] {
        useEntries.enumerated().compactMap { index, entry -> ResourceUseOverride? in
            guard case .minutes(let minutes) = entry.perUnit, index % 20 == 0 else { return nil }
            let object = objectList[entry.object]
            return ResourceUseOverride(
                unitCode: object.unitCode, resourceCode: resourceList[entry.resource].code,
                objectCode: index % 50 == 0 ? object.code : nil, value: minutes * 0.9, setBy: "bench",
                setAt: "2026-01-01T00:00:00Z", reason: "benchmark")
        }
    }
}
