/// A change to the production plan inside a draft ``PlanVersion``.
public enum PlanEdit: Hashable, Sendable, Codable {
    /// ``ProductionPlan/setVolume(object:week:value:)``.
    case setVolume(object: String, week: ISOWeek, value: Double)
    /// ``ProductionPlan/setVolumes(object:values:)``.
    case setVolumes(object: String, values: [Double])
    /// ``ProductionPlan/reshape(object:profile:)``.
    case reshape(object: String, profile: [Double])
    /// ``ProductionPlan/applyFloor(object:minimumPerWeek:)``.
    case applyFloor(object: String, minimumPerWeek: Double)
    /// ``ProductionPlan/removeObject(_:)``.
    case removeObject(String)

    /// Applies the edit to `plan`; the plan is unchanged when it throws.
    public func apply(to plan: inout ProductionPlan) throws(ProductionPlanError) {
        switch self {
        case let .setVolume(object, week, value): try plan.setVolume(object: object, week: week, value: value)
        case let .setVolumes(object, values): try plan.setVolumes(object: object, values: values)
        case let .reshape(object, profile): try plan.reshape(object: object, profile: profile)
        case let .applyFloor(object, floor): try plan.applyFloor(object: object, minimumPerWeek: floor)
        case let .removeObject(object): try plan.removeObject(object)
        }
    }
}
