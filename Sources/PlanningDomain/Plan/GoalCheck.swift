/// Checks that a weekly production plan adds up to the strategic production goals.
public enum GoalCheck {
    /// How far a plan may be from a goal before it is a deviation.
    public struct Tolerance: Hashable, Sendable {
        /// Allowed difference as a fraction of the goal, e.g. 0.02 for 2 %.
        public var relative: Double
        /// Allowed difference in volume, whatever the goal's size.
        public var absolute: Double

        /// A deviation is reported when |plan − goal| exceeds the larger of `absolute` and `relative × goal`.
        public init(relative: Double = 0.02, absolute: Double = 0.5) {
            self.relative = relative
            self.absolute = absolute
        }
    }

    /// The deviations between `plan` and those `goals` whose scope is the plan's scope, in the goals' order.
    ///
    /// A goal is compared with the plan's total for its objects over the goal period's weeks (weeks belong to
    /// the year and quarter of their Thursday). A goal whose period the plan does not touch is skipped; one
    /// that the plan covers only partly is reported as ``GoalDeviation/Kind/partialCoverage(coveredWeeks:periodWeeks:)``
    /// rather than compared, since a rolling 12-month plan rarely covers a whole calendar year.
    /// `objects` resolves specialty goals; an object of the plan that is not in `objects` has no specialty.
    public static func check(
        plan: ProductionPlan, goals: [ProductionGoal], objects: [PlanningObject] = [],
        tolerance: Tolerance = Tolerance()
    ) -> [GoalDeviation] {
        goals.filter { $0.scope == plan.scope }.compactMap { goal in
            deviation(plan: plan, goal: goal, objects: objects, tolerance: tolerance)
        }
    }

    private static func deviation(
        plan: ProductionPlan, goal: ProductionGoal, objects: [PlanningObject], tolerance: Tolerance
    ) -> GoalDeviation? {
        let periodWeeks = goal.period.weeks
        let covered = periodWeeks.count { plan.contains($0) }
        guard covered > 0 else { return nil }
        let selected = selectedCodes(goal.selection, plan: plan, objects: objects)
        let planned = plan.total(objects: selected) { goal.period.contains($0) }
        let difference = planned - goal.volume
        let relative = goal.volume == 0 ? nil : difference / goal.volume
        let label = "Produktionsmålet \"\(goal.name)\" för \(goal.period.swedishLabel) (\(goal.scope))"
        guard covered == periodWeeks.count else {
            let message =
                "\(label) kan inte stämmas av helt: produktionsplanen täcker \(covered) av "
                + "\(periodWeeks.count) veckor i perioden och summerar där till \(PlanText.number(planned)) "
                + "mot målet \(PlanText.number(goal.volume)) för hela perioden."
            return GoalDeviation(
                goal: goal, kind: .partialCoverage(coveredWeeks: covered, periodWeeks: periodWeeks.count),
                planned: planned, difference: difference, relativeDifference: relative, message: message)
        }
        guard abs(difference) > max(tolerance.absolute, tolerance.relative * abs(goal.volume)) else { return nil }
        let below = difference < 0
        let share = relative.map { " (\(PlanText.percent(abs($0))))" } ?? ""
        let message =
            "\(label) är \(PlanText.number(goal.volume)), men veckoplanen summerar till "
            + "\(PlanText.number(planned)): \(PlanText.number(abs(difference)))\(share) "
            + (below ? "under" : "över") + " målet. "
            + (below ? "Öka planerad volym eller ompröva målet." : "Minska planerad volym eller ompröva målet.")
        return GoalDeviation(
            goal: goal, kind: below ? .belowGoal : .aboveGoal, planned: planned, difference: difference,
            relativeDifference: relative, message: message)
    }

    private static func selectedCodes(
        _ selection: ProductionGoal.Selection, plan: ProductionPlan, objects: [PlanningObject]
    ) -> Set<String>? {
        switch selection {
        case .allObjects:
            nil
        case let .specialty(specialty):
            Set(objects.filter { $0.specialty == specialty }.map(\.code))
        case let .objects(codes):
            codes
        }
    }
}
