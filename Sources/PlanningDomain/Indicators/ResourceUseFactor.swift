/// How much of a resource one unit of production of a planning object takes (kapacitetsåtgång), in the
/// resource's own measure: hours per visit, operating days per operation, and so on.
public struct ResourceUseFactor: Hashable, Sendable, Codable {
    /// The planning object's code.
    public var planningObjectCode: String
    /// The resource's code.
    public var resourceCode: String
    /// Resource measure per unit of production; finite and non-negative.
    public var perUnit: Double

    /// Creates a factor.
    public init(planningObjectCode: String, resourceCode: String, perUnit: Double) {
        self.planningObjectCode = planningObjectCode
        self.resourceCode = resourceCode
        self.perUnit = perUnit
    }

    /// Every non-zero factor of a balancing ``ResourceUse`` table, so indicators use the same kapacitetsåtgång as
    /// the plan.
    public static func factors(from use: ResourceUse, grid: PlanningGrid) -> [ResourceUseFactor] {
        var result: [ResourceUseFactor] = []
        for (objectIndex, object) in grid.objects.enumerated() {
            for (resourceIndex, resource) in grid.resources.enumerated() {
                let factor = use.factor(object: objectIndex, resource: resourceIndex)
                guard factor > 0 else { continue }
                result.append(
                    ResourceUseFactor(planningObjectCode: object.code, resourceCode: resource.code, perUnit: factor))
            }
        }
        return result
    }
}
