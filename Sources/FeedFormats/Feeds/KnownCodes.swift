public import PlanningDomain

/// Master data a feed's references are checked against: what the node already holds plus what earlier files of
/// the same import run add.
public struct KnownCodes: Sendable {
    /// Organisation units by code.
    public var units: [String: OrganisationUnit]
    /// Planning object codes.
    public var planningObjects: Set<String>
    /// Resources by code, with their measure.
    public var resources: [String: ResourceMeasure]

    /// Creates the set.
    public init(
        units: [String: OrganisationUnit] = [:], planningObjects: Set<String> = [],
        resources: [String: ResourceMeasure] = [:]
    ) {
        self.units = units
        self.planningObjects = planningObjects
        self.resources = resources
    }

    /// Adds the master data of a parsed batch.
    public mutating func add(_ batch: RegionDataBatch) {
        for unit in batch.units { units[unit.code] = unit }
        for object in batch.planningObjects { planningObjects.insert(object.code) }
        for resource in batch.resources { resources[resource.code] = resource.measure }
    }
}
