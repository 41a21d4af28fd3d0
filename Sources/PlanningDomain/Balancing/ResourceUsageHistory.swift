/// Hours of one resource used (or, lacking that, available) at one unit per historical week.
public struct ResourceUsageHistory: Sendable, Hashable {
    /// The unit's code.
    public var unitCode: String
    /// The resource's code (a resource measured in hours).
    public var resourceCode: String
    /// Hours per week, aligned with the production history.
    public var hours: [Double]

    /// Creates a history.
    public init(unitCode: String, resourceCode: String, hours: [Double]) {
        self.unitCode = unitCode
        self.resourceCode = resourceCode
        self.hours = hours
    }
}
