/// Fallback minutes per unit of production, used where history cannot support an estimate: first by planning
/// object and resource, then by contact type and resource (e.g. "a doctor's visit takes 30 minutes of LAK").
public struct ResourceUseDefaults: Sendable, Hashable {
    /// Minutes by object code, then resource code.
    public var byObject: [String: [String: Double]]
    /// Minutes by contact type, then resource code.
    public var byContactType: [ContactType: [String: Double]]

    /// Creates a table.
    public init(byObject: [String: [String: Double]] = [:], byContactType: [ContactType: [String: Double]] = [:]) {
        self.byObject = byObject
        self.byContactType = byContactType
    }

    /// The default minutes for an object and resource, or nil.
    public func minutes(for object: PlanningObject, resourceCode: String) -> Double? {
        byObject[object.code]?[resourceCode] ?? byContactType[object.contactType]?[resourceCode]
    }
}
