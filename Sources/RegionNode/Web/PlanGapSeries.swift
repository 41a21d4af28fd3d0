import NodeStore
import PlanningDomain

/// A plan version's capacity gap (available − need) per resource and month for the plan's whole scope, after the
/// version's balancing actions: the picture behind "where does the plan not balance".
struct PlanGapSeries: Sendable {
    /// One resource's months.
    struct Resource: Sendable {
        /// The resource's code.
        var code: String
        /// Its measure.
        var measure: ResourceMeasure
        /// Gap per month for the whole scope, in plan order.
        var gaps: [PeriodGap]
        /// Per month, the producing units' shortfalls added up (≤ 0): what the scope's net gap can hide, since a
        /// surplus in one unit does not cover a shortfall in another.
        var unitShortfalls: [Double]
    }

    /// Resources with any need or capacity in the scope.
    var resources: [Resource]

    /// Balances `version` of `plan` with its actions, per month, for the plan's scope.
    static func compute(plan: StoredPlan, version: PlanVersion, store: NodeStore) throws -> PlanGapSeries {
        try PlanServiceError.translated {
            let setup = try PlanBaselineBuilder.build(plan: version.plan, store: store)
            let actions = try (plan.actions[version.number] ?? []).flatMap(PlanActionConversion.actions)
            let outcome = try Scenario(name: "Med åtgärder", actions: actions).apply(to: setup.baseline)
            let resources = try setup.grid.resources.compactMap { resource -> Resource? in
                let gaps = try outcome.balance.gaps(unitCode: setup.scope, resourceCode: resource.code, by: .month)
                guard gaps.contains(where: { $0.need > 0 || $0.available > 0 }) else { return nil }
                var shortfalls = gaps.map { _ in 0.0 }
                for unit in setup.producingUnits {
                    let unitGaps = try outcome.balance.gaps(unitCode: unit, resourceCode: resource.code, by: .month)
                    for (index, gap) in unitGaps.enumerated() where index < shortfalls.count {
                        shortfalls[index] += min(0, gap.gap)
                    }
                }
                return Resource(code: resource.code, measure: resource.measure, gaps: gaps, unitShortfalls: shortfalls)
            }
            return PlanGapSeries(resources: resources)
        }
    }
}
