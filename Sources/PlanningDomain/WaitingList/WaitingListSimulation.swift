/// A weekly stock-flow simulation of a waiting list: waiting(t+1) = waiting(t) + inflow(t) − treated(t) −
/// withdrawn(t), tracking every cohort's waiting time so the share waiting and treated within a limit can be
/// projected week by week.
public struct WaitingListSimulation: Sendable {
    /// The first simulated week.
    public var startWeek: ISOWeek
    /// The list at the start of `startWeek`.
    public var initial: [WaitingCohort]
    /// New patients per simulated week, by priority rank.
    public var inflow: [[Int: Double]]
    /// Patients that can be treated per simulated week (planned production).
    public var capacity: [Double]
    /// Share of the remaining list that leaves each week without treatment (other care, recovered, moved).
    public var withdrawalRate: Double
    /// The care-guarantee limit (90 days for the vårdgaranti).
    public var limit: Quantity<Days>
    /// Who is treated first.
    public var policy: ServicePolicy

    /// Creates a simulation; `inflow` and `capacity` give the number of weeks (the shorter one wins).
    public init(
        startWeek: ISOWeek, initial: [WaitingCohort], inflow: [[Int: Double]], capacity: [Double],
        withdrawalRate: Double = 0, limit: Quantity<Days> = Quantity(90), policy: ServicePolicy = .priorityThenFIFO
    ) {
        self.startWeek = startWeek
        self.initial = initial
        self.inflow = inflow
        self.capacity = capacity
        self.withdrawalRate = min(1, max(0, withdrawalRate))
        self.limit = limit
        self.policy = policy
    }

    /// Longest whole number of weeks still within the limit (90 days → 12 weeks).
    public var limitWeeks: Int { Int((limit.value / 7).rounded(.down)) }

    /// Runs the simulation.
    public func run() -> WaitingListProjection {
        var cohorts = initial.filter { $0.count > 0 }
        var weeks: [SimulatedWeek] = []
        let length = min(inflow.count, capacity.count)
        for index in 0..<length {
            let week = startWeek.adding(weeks: index)
            for (priority, count) in inflow[index].sorted(by: { $0.key < $1.key }) where count > 0 {
                cohorts.append(WaitingCohort(priority: priority, joined: week, count: count))
            }
            var withdrawn = 0.0
            if withdrawalRate > 0 {
                for position in cohorts.indices {
                    let leaving = cohorts[position].count * withdrawalRate
                    cohorts[position].count -= leaving
                    withdrawn += leaving
                }
            }
            order(&cohorts)
            var remaining = max(0, capacity[index])
            var treated = 0.0
            var treatedWithin = 0.0
            for position in cohorts.indices where remaining > 0 {
                let taken = min(remaining, cohorts[position].count)
                cohorts[position].count -= taken
                remaining -= taken
                treated += taken
                if cohorts[position].weeksWaited(at: week) <= limitWeeks { treatedWithin += taken }
            }
            cohorts.removeAll { $0.count <= 1e-9 }
            weeks.append(
                SimulatedWeek(
                    week: week, cohorts: cohorts, treated: treated, treatedWithinLimit: treatedWithin,
                    withdrawn: withdrawn, unusedCapacity: remaining, limitWeeks: limitWeeks))
        }
        let meanInflow = inflow.prefix(length).map { $0.values.reduce(0, +) }.reduce(0, +) / Double(max(1, length))
        let meanCapacity = capacity.prefix(length).reduce(0, +) / Double(max(1, length))
        return WaitingListProjection(
            weeks: weeks,
            load: QueueRules.load(demand: Quantity(meanInflow), capacity: Quantity(meanCapacity)))
    }

    private func order(_ cohorts: inout [WaitingCohort]) {
        switch policy {
        case .priorityThenFIFO:
            cohorts.sort { ($0.priority, $0.joined) < ($1.priority, $1.joined) }
        case .longestWaitingFirst:
            cohorts.sort { ($0.joined, $0.priority) < ($1.joined, $1.priority) }
        }
    }
}

/// One simulated week.
public struct SimulatedWeek: Sendable, Hashable {
    /// The week.
    public var week: ISOWeek
    /// The list at the end of the week.
    public var cohorts: [WaitingCohort]
    /// Patients treated this week.
    public var treated: Double
    /// Of those, treated within the limit.
    public var treatedWithinLimit: Double
    /// Patients who left without treatment.
    public var withdrawn: Double
    /// Capacity left over because the list ran empty.
    public var unusedCapacity: Double
    /// The limit in whole weeks.
    public var limitWeeks: Int

    /// Patients waiting at the end of the week.
    public var waiting: Double { cohorts.reduce(0) { $0 + $1.count } }

    /// Of those, waiting no longer than the limit.
    public var waitingWithinLimit: Double {
        cohorts.filter { $0.weeksWaited(at: week) <= limitWeeks }.reduce(0) { $0 + $1.count }
    }

    /// Share waiting within the limit (1 when nobody waits), as reported to SKR.
    public var shareWaitingWithinLimit: Double { waiting > 0 ? waitingWithinLimit / waiting : 1 }

    /// Share of this week's treated patients treated within the limit (nil when nobody was treated).
    public var shareTreatedWithinLimit: Double? { treated > 0 ? treatedWithinLimit / treated : nil }

    /// Mean weeks waited so far by those waiting.
    public var meanWeeksWaited: Double {
        waiting > 0 ? cohorts.reduce(0) { $0 + Double($1.weeksWaited(at: week)) * $1.count } / waiting : 0
    }

    /// Patients per waiting-time band (upper bounds in days, the last band open-ended), for the compartment view.
    public func bands(upperBoundsInDays bounds: [Int] = [30, 60, 90, 180]) -> [Double] {
        var result = [Double](repeating: 0, count: bounds.count + 1)
        for cohort in cohorts {
            let days = cohort.weeksWaited(at: week) * 7
            let band = bounds.firstIndex { days <= $0 } ?? bounds.count
            result[band] += cohort.count
        }
        return result
    }
}

/// A simulation's result.
public struct WaitingListProjection: Sendable {
    /// Week by week.
    public var weeks: [SimulatedWeek]
    /// Mean inflow / mean capacity over the horizon; nil when there is no capacity.
    public var load: Double?

    /// A warning for planners when demand exceeds capacity (the list then grows without bound), in Swedish.
    public var diagnostic: String? {
        guard let load else { return "Ingen kapacitet planerad: väntelistan växer med hela inflödet." }
        // Below half a percent over, rounding in the plan is the likelier cause than a real shortfall.
        guard load > 1.005 else { return nil }
        let percent = Int(((load - 1) * 100).rounded())
        let hundredths = Int((load * 100).rounded())
        let twoDigits = hundredths % 100 < 10 ? "0\(hundredths % 100)" : "\(hundredths % 100)"
        return "Inflödet är \(percent) % större än den planerade kapaciteten (belastning "
            + "\(hundredths / 100),\(twoDigits)): väntelistan växer så länge det gäller."
    }
}
