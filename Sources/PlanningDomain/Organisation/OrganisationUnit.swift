/// A node of the region's organisation tree: the region, a förvaltning, a verksamhet or an enhet.
public struct OrganisationUnit: Hashable, Sendable, Codable {
    /// The region's own code for the unit (unique within the region).
    public var code: String
    /// Display name.
    public var name: String
    /// Level in the tree.
    public var level: OrganisationLevel
    /// Code of the parent unit; `nil` only for the region itself.
    public var parentCode: String?

    /// Creates a unit.
    public init(code: String, name: String, level: OrganisationLevel, parentCode: String?) {
        self.code = code
        self.name = name
        self.level = level
        self.parentCode = parentCode
    }
}
