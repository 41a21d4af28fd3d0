/// A validated organisation tree: one region at the root, every other unit under a parent of a higher level.
public struct OrganisationTree: Sendable {
    /// Units by code.
    public let units: [String: OrganisationUnit]
    private let childrenByCode: [String: [String]]
    /// Code of the root (the region).
    public let rootCode: String

    /// Validates and builds the tree. Throws the first structural problem found, naming the unit.
    public init(units list: [OrganisationUnit]) throws(OrganisationTreeError) {
        var units: [String: OrganisationUnit] = [:]
        for unit in list {
            if units[unit.code] != nil { throw .duplicateCode(unit.code) }
            units[unit.code] = unit
        }
        let roots = list.filter { $0.parentCode == nil }
        guard roots.count == 1, let root = roots.first else {
            throw .rootCount(codes: roots.map(\.code))
        }
        guard root.level == .region else { throw .rootNotRegion(code: root.code) }
        var children: [String: [String]] = [:]
        for unit in list {
            guard let parentCode = unit.parentCode else { continue }
            guard let parent = units[parentCode] else { throw .unknownParent(code: unit.code, parent: parentCode) }
            guard parent.level < unit.level else {
                throw .levelNotBelowParent(
                    code: unit.code, level: unit.level, parent: parentCode, parentLevel: parent.level)
            }
            children[parentCode, default: []].append(unit.code)
        }
        // Levels strictly increase downwards, so there can be no cycle; every unit reaches the root.
        self.units = units
        self.childrenByCode = children.mapValues { $0.sorted() }
        self.rootCode = root.code
    }

    /// Direct children of a unit, sorted by code.
    public func children(of code: String) -> [String] { childrenByCode[code] ?? [] }

    /// The unit and every unit below it.
    public func subtree(of code: String) -> [String] {
        var result: [String] = []
        var stack = [code]
        while let next = stack.popLast() {
            result.append(next)
            stack.append(contentsOf: children(of: next).reversed())
        }
        return result
    }

    /// Ancestors from the parent up to the root.
    public func ancestors(of code: String) -> [String] {
        var result: [String] = []
        var current = units[code]?.parentCode
        while let parent = current {
            result.append(parent)
            current = units[parent]?.parentCode
        }
        return result
    }

    /// True when `code` is `ancestor` or lies below it.
    public func isWithin(_ code: String, ancestor: String) -> Bool {
        code == ancestor || ancestors(of: code).contains(ancestor)
    }
}

/// What is structurally wrong with an organisation tree.
public enum OrganisationTreeError: Error, Equatable, Sendable {
    /// Two units share a code.
    case duplicateCode(String)
    /// There must be exactly one unit without a parent.
    case rootCount(codes: [String])
    /// The unit without a parent must be the region.
    case rootNotRegion(code: String)
    /// A unit names a parent that does not exist.
    case unknownParent(code: String, parent: String)
    /// A unit's level must be below its parent's level.
    case levelNotBelowParent(code: String, level: OrganisationLevel, parent: String, parentLevel: OrganisationLevel)
}
