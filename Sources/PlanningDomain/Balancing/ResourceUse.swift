/// Resource use per unit of production (kapacitetsåtgång): for each planning object and resource, how much of the
/// resource one visit, operation or admission takes. Editable; see ``estimate(grid:history:usage:defaults:)``.
///
/// Each figure is converted once to the resource's own measure per unit of production, so capacity need stays in
/// that measure (hours, days, beds, sessions) and is compared only with capacity in the same measure.
public struct ResourceUse: Sendable, Hashable {
    /// How much of a resource one unit of production takes.
    public enum PerUnit: Sendable, Hashable {
        /// Minutes of a resource measured in hours (staff time, OR time).
        case minutes(Double)
        /// Length of stay in days, for beds: one admission occupies `days` bed-days; in steady state a week's
        /// admissions need `days / 7 / occupancy` staffed beds (bed census over the week at an occupancy target).
        case lengthOfStay(days: Double, occupancy: Double)
        /// An amount directly in the resource's measure (operating days, sessions) per unit of production.
        case amount(Double)
    }

    /// Number of planning objects in the grid.
    public let objectCount: Int
    /// The resources' measures, by grid index.
    public let measures: [ResourceMeasure]
    private let resourceCodes: [String]
    private var entries: [PerUnit?]
    /// Resource measure per unit of production, object-major; 0 where unused.
    private(set) var factors: [Double]

    /// An empty table: no object uses any resource.
    public init(grid: PlanningGrid) {
        objectCount = grid.objects.count
        measures = grid.resources.map(\.measure)
        resourceCodes = grid.resources.map(\.code)
        entries = [PerUnit?](repeating: nil, count: objectCount * measures.count)
        factors = [Double](repeating: 0, count: objectCount * measures.count)
    }

    /// Sets the use of one resource by one object (by grid indices). Throws when the figure does not fit the
    /// resource's measure (minutes need hours, length of stay needs beds) or is negative.
    public mutating func set(_ use: PerUnit, object: Int, resource: Int) throws(BalancingError) {
        let measure = measures[resource]
        let factor: Double
        switch use {
        case .minutes(let minutes):
            guard measure == .hours else {
                throw .measureMismatch(resourceCode: resourceCodes[resource], measure: measure, given: "minuter")
            }
            factor = minutes / 60
        case .lengthOfStay(let days, let occupancy):
            guard measure == .beds else {
                throw .measureMismatch(resourceCode: resourceCodes[resource], measure: measure, given: "vårdtid")
            }
            guard occupancy > 0, occupancy <= 1 else {
                throw .invalidAmount(name: "beläggningsgrad", value: occupancy)
            }
            factor = days / 7 / occupancy
        case .amount(let amount):
            factor = amount
        }
        guard factor >= 0, factor.isFinite else { throw .invalidAmount(name: resourceCodes[resource], value: factor) }
        entries[object * measures.count + resource] = use
        factors[object * measures.count + resource] = factor
    }

    /// Sets the use of one resource by one object, by codes.
    public mutating func set(
        _ use: PerUnit, objectCode: String, resourceCode: String, in grid: PlanningGrid
    ) throws(BalancingError) {
        try set(use, object: grid.resolveObject(objectCode), resource: grid.resolveResource(resourceCode))
    }

    /// The figure as entered, or nil when the object does not use the resource.
    public func use(object: Int, resource: Int) -> PerUnit? { entries[object * measures.count + resource] }

    /// The resource's measure per unit of production (hours per visit, beds per admission per week, …).
    public func factor(object: Int, resource: Int) -> Double { factors[object * measures.count + resource] }

    /// Minutes per unit for a resource measured in hours (0 when unused).
    public func minutes(object: Int, resource: Int) -> Double { factor(object: object, resource: resource) * 60 }

    /// Reduces the minutes per unit (a realised efficiency gain), never below zero.
    mutating func reduceMinutes(object: Int, resource: Int, by minutes: Double) {
        let current = self.minutes(object: object, resource: resource)
        let reduced = max(0, current - minutes)
        entries[object * measures.count + resource] = .minutes(reduced)
        factors[object * measures.count + resource] = reduced / 60
    }
}
