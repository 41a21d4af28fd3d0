/// The shared, versioned set of indicator definitions that every region computes and the hub compares.
///
/// Owned by the agency. A catalogue is valid by construction (``init(version:definitions:)`` refuses anything
/// else); a new version is checked against the current one with ``checkSuccessor(_:)``: ids are stable, and any
/// change to a definition needs a new definition version.
public struct IndicatorCatalogue: Hashable, Sendable {
    /// The catalogue version, 1 or more.
    public let version: Int
    /// The definitions, ordered by id.
    public let definitions: [IndicatorDefinition]
    private let indexByID: [String: Int]

    /// Creates a catalogue, refusing it with the first problem found (see ``problems(version:definitions:)``).
    public init(version: Int, definitions: [IndicatorDefinition]) throws(IndicatorCatalogueError) {
        if let first = Self.problems(version: version, definitions: definitions).first { throw first }
        self.version = version
        self.definitions = definitions.sorted { $0.id < $1.id }
        var index: [String: Int] = [:]
        for (position, definition) in self.definitions.enumerated() { index[definition.id] = position }
        self.indexByID = index
    }

    /// Every problem with a would-be catalogue, in a stable order: the catalogue's own, then each definition's in
    /// the order given, then duplicate ids. Empty when the catalogue is valid.
    public static func problems(version: Int, definitions: [IndicatorDefinition]) -> [IndicatorCatalogueError] {
        var problems: [IndicatorCatalogueError] = []
        if version < 1 { problems.append(.invalidCatalogueVersion(version: version)) }
        if definitions.isEmpty { problems.append(.emptyCatalogue(version: version)) }
        for definition in definitions { problems += definition.problems }
        var seen: Set<String> = []
        var reported: Set<String> = []
        for definition in definitions where !seen.insert(definition.id).inserted {
            if reported.insert(definition.id).inserted { problems.append(.duplicateDefinition(id: definition.id)) }
        }
        return problems
    }

    /// The definition with `id`, or nil.
    public func definition(id: String) -> IndicatorDefinition? {
        indexByID[id].map { definitions[$0] }
    }

    /// The definition with `id` at exactly `version`, or nil (e.g. a value computed under an older definition).
    public func definition(id: String, version: Int) -> IndicatorDefinition? {
        definition(id: id).flatMap { $0.version == version ? $0 : nil }
    }

    /// The ids, in order.
    public var ids: [String] { definitions.map(\.id) }

    /// SHA-256 over the canonical encoding: a format tag, the catalogue version, the number of definitions, then
    /// per definition (in id order) its id, version and ``IndicatorDefinition/contentHash``.
    public var contentHash: String {
        var encoding = CanonicalEncoding(tag: "balans.indicator-catalogue/1")
        encoding.append("version", version)
        encoding.append("count", definitions.count)
        for definition in definitions {
            encoding.append("definition", "\(definition.id) \(definition.version) \(definition.contentHash)")
        }
        return encoding.sha256Hex
    }

    /// Checks that `next` may replace this catalogue, throwing the first problem (see ``successorProblems(_:)``).
    public func checkSuccessor(_ next: IndicatorCatalogue) throws(IndicatorCatalogueError) {
        if let first = successorProblems(next).first { throw first }
    }

    /// Everything that stops `next` from replacing this catalogue: its version must be higher; every id here must
    /// still be there; a definition's version may not go down, and a definition whose content changed must have a
    /// higher version. New ids are welcome.
    public func successorProblems(_ next: IndicatorCatalogue) -> [IndicatorCatalogueError] {
        var problems: [IndicatorCatalogueError] = []
        if next.version <= version {
            problems.append(.catalogueVersionNotIncreased(current: version, proposed: next.version))
        }
        for current in definitions {
            guard let proposed = next.definition(id: current.id) else {
                problems.append(.definitionRemoved(id: current.id))
                continue
            }
            if proposed.version < current.version {
                problems.append(
                    .definitionVersionDecreased(id: current.id, current: current.version, proposed: proposed.version))
            } else if proposed.version == current.version, proposed != current {
                // Same (id, version) must mean the same content everywhere: values travel with (id, version)
                // only, so two meanings under one version could never be told apart at the hub.
                problems.append(.changedWithoutNewVersion(id: current.id, version: current.version))
            }
        }
        return problems
    }
}

extension IndicatorCatalogue: Codable {
    private enum CodingKeys: String, CodingKey {
        case version, definitions
    }

    /// Decodes and validates; an invalid catalogue is a decoding error carrying the Swedish message.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let version = try container.decode(Int.self, forKey: .version)
        let definitions = try container.decode([IndicatorDefinition].self, forKey: .definitions)
        do {
            try self.init(version: version, definitions: definitions)
        } catch {
            throw DecodingError.dataCorruptedError(
                forKey: .definitions, in: container, debugDescription: "\(error.code): \(error.message)")
        }
    }

    /// Encodes the version and the definitions in id order.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(version, forKey: .version)
        try container.encode(definitions, forKey: .definitions)
    }
}
