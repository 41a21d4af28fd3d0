/// The dense index space every balancing computation shares: units, resources, planning objects and weeks,
/// each mapped from its code to an integer once.
///
/// Inner loops index flat `[Double]` arrays with these integers; dictionaries are only used at the edges,
/// to translate codes coming in or going out.
public struct PlanningGrid: Sendable {
    /// The first planned week.
    public let startWeek: ISOWeek
    /// Number of consecutive planned weeks.
    public let weekCount: Int
    /// Every unit of the organisation tree, parents before children.
    public let unitCodes: [String]
    /// The resources, in the order given.
    public let resources: [Resource]
    /// The planning objects, in the order given.
    public let objects: [PlanningObject]
    /// The organisation tree.
    public let tree: OrganisationTree
    /// Parent index of each unit (nil for the root).
    let parentIndex: [Int?]
    /// Index of each object's producing unit.
    let objectUnit: [Int]
    private let unitIndexByCode: [String: Int]
    private let resourceIndexByCode: [String: Int]
    private let objectIndexByCode: [String: Int]

    /// Builds the index; fails when an object names a unit outside the tree or codes repeat.
    public init(
        tree: OrganisationTree, resources: [Resource], objects: [PlanningObject], startWeek: ISOWeek, weekCount: Int
    ) throws(BalancingError) {
        guard weekCount > 0 else { throw .emptyHorizon }
        // Breadth-first from the root, so every parent precedes its children: summing into parents is then
        // one backward pass.
        var order: [String] = [tree.rootCode]
        var head = 0
        while head < order.count {
            order.append(contentsOf: tree.children(of: order[head]))
            head += 1
        }
        var unitIndex: [String: Int] = [:]
        for (index, code) in order.enumerated() { unitIndex[code] = index }
        var resourceIndex: [String: Int] = [:]
        for (index, resource) in resources.enumerated() {
            guard resourceIndex.updateValue(index, forKey: resource.code) == nil else {
                throw .duplicateCode(resource.code)
            }
        }
        var objectIndex: [String: Int] = [:]
        var objectUnit: [Int] = []
        for (index, object) in objects.enumerated() {
            guard objectIndex.updateValue(index, forKey: object.code) == nil else { throw .duplicateCode(object.code) }
            guard let unit = unitIndex[object.unitCode] else { throw .unknownUnit(object.unitCode) }
            objectUnit.append(unit)
        }
        self.startWeek = startWeek
        self.weekCount = weekCount
        self.unitCodes = order
        self.resources = resources
        self.objects = objects
        self.tree = tree
        self.parentIndex = order.map { code in tree.units[code]?.parentCode.flatMap { unitIndex[$0] } }
        self.objectUnit = objectUnit
        self.unitIndexByCode = unitIndex
        self.resourceIndexByCode = resourceIndex
        self.objectIndexByCode = objectIndex
    }

    /// The planned weeks, in order.
    public var weeks: [ISOWeek] { (0..<weekCount).map { startWeek.adding(weeks: $0) } }

    /// Index of a unit code, or nil.
    public func unitIndex(_ code: String) -> Int? { unitIndexByCode[code] }
    /// Index of a resource code, or nil.
    public func resourceIndex(_ code: String) -> Int? { resourceIndexByCode[code] }
    /// Index of a planning-object code, or nil.
    public func objectIndex(_ code: String) -> Int? { objectIndexByCode[code] }

    /// Index of a week within the horizon, or nil when outside it.
    public func weekIndex(_ week: ISOWeek) -> Int? {
        let index = ISOWeek.weeks(from: startWeek, to: week)
        return index >= 0 && index < weekCount ? index : nil
    }

    /// The unit index of the planning object at `objectIndex`.
    public func unitIndex(ofObject objectIndex: Int) -> Int { objectUnit[objectIndex] }

    /// Index of the department (verksamhet) a unit belongs to: itself when it is one, else its nearest ancestor
    /// at department level, else its parent.
    func departmentIndex(ofUnit unit: Int) -> Int {
        var current = unit
        while let level = tree.units[unitCodes[current]]?.level, level > .department,
            let parent = parentIndex[current]
        {
            current = parent
        }
        return current
    }

    // Unit-resource-week cells, flattened unit-major.
    var cellCount: Int { unitCodes.count * resources.count * weekCount }
    func cell(unit: Int, resource: Int, week: Int) -> Int { (unit * resources.count + resource) * weekCount + week }

    func resolveUnit(_ code: String) throws(BalancingError) -> Int {
        guard let index = unitIndex(code) else { throw .unknownUnit(code) }
        return index
    }
    func resolveResource(_ code: String) throws(BalancingError) -> Int {
        guard let index = resourceIndex(code) else { throw .unknownResource(code) }
        return index
    }
    func resolveObject(_ code: String) throws(BalancingError) -> Int {
        guard let index = objectIndex(code) else { throw .unknownObject(code) }
        return index
    }
    func resolveWeek(_ week: ISOWeek) throws(BalancingError) -> Int {
        guard let index = weekIndex(week) else { throw .weekOutsideHorizon(week, first: startWeek, count: weekCount) }
        return index
    }
}
