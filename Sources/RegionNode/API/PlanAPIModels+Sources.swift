import PlanningDomain

extension PlanAPI {
    /// How one (unit, resource) pair's resource use was found, in a balance.
    struct ResourceUseSourceItem: Codable, Sendable {
        var unit: String
        var resource: String
        var object: String?
        var origin: ResourceUseAPI.Origin

        init(_ source: ResourceUseSource) {
            unit = source.unitCode
            resource = source.resourceCode
            object = source.objectCode
            origin = ResourceUseAPI.Origin(source.origin)
        }
    }

    /// Where one plan week's available capacity came from.
    struct CapacityWeek: Codable, Sendable {
        var week: String
        /// plan, mixed, projected or none.
        var source: String
        var sourceLabel: String
        var fromPlan: Int
        var fromEarlierYear: Int
        var fromRecentMean: Int

        init(_ item: PlanCapacityWeek) {
            week = item.week.description
            source = item.source.rawValue
            sourceLabel = item.source.swedishLabel
            fromPlan = item.fromPlan
            fromEarlierYear = item.fromEarlierYear
            fromRecentMean = item.fromRecentMean
        }
    }
}
