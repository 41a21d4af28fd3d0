/// One indicator of the shared catalogue: what is counted, how, in which unit, which way is better, and how it is
/// protected. Every region computes it from its own data with ``IndicatorComputer``, so figures are comparable.
///
/// A definition is identified by ``id`` (stable for ever) and ``version`` (raised whenever anything in the
/// definition changes); ``contentHash`` lets node and hub check they mean the same definition.
public struct IndicatorDefinition: Hashable, Sendable, Codable {
    /// Stable identifier, lower-case ASCII letters, digits and hyphens, starting with a letter, e.g. "inflow".
    public var id: String
    /// Definition version, 1 or more; raised whenever any other field changes.
    public var version: Int
    /// Swedish name, e.g. "Inflöde (remisser)".
    public var name: String
    /// Swedish description for planners and managers: what is counted and how to read it.
    public var description: String
    /// What is computed, in terms of the node's data.
    public var formula: IndicatorFormula
    /// The unit of the value; must be one of the formula's ``IndicatorFormula/allowedUnits``.
    public var unit: IndicatorUnit
    /// Which way the indicator improves.
    public var direction: ImprovementDirection
    /// Person-based (small cells suppressed) or resource-based (exempt).
    public var basis: IndicatorBasis
    /// Disclosure threshold k: person-based counts 1…k−1 are suppressed. Default 5.
    public var suppressionThreshold: Int
    /// The period types the indicator is computed for, weeks before months, without repeats.
    public private(set) var periodTypes: [IndicatorPeriodType]
    /// How planning objects are grouped into cells.
    public var grouping: IndicatorGrouping

    /// The default disclosure threshold k.
    public static let defaultSuppressionThreshold = 5

    /// Creates a definition. `periodTypes` is sorted and de-duplicated; nothing else is checked here
    /// (``problems`` and ``IndicatorCatalogue`` check the rest).
    public init(
        id: String, version: Int, name: String, description: String, formula: IndicatorFormula,
        unit: IndicatorUnit, direction: ImprovementDirection, basis: IndicatorBasis,
        suppressionThreshold: Int = IndicatorDefinition.defaultSuppressionThreshold,
        periodTypes: [IndicatorPeriodType] = [.week, .month], grouping: IndicatorGrouping = .specialty
    ) {
        self.id = id
        self.version = version
        self.name = name
        self.description = description
        self.formula = formula
        self.unit = unit
        self.direction = direction
        self.basis = basis
        self.suppressionThreshold = suppressionThreshold
        self.periodTypes = Set(periodTypes).sorted()
        self.grouping = grouping
    }

    /// Decodes every field; `periodTypes` is normalised as in the memberwise initialiser, so the hash of a decoded
    /// definition does not depend on how the sender ordered them.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try container.decode(String.self, forKey: .id),
            version: try container.decode(Int.self, forKey: .version),
            name: try container.decode(String.self, forKey: .name),
            description: try container.decode(String.self, forKey: .description),
            formula: try container.decode(IndicatorFormula.self, forKey: .formula),
            unit: try container.decode(IndicatorUnit.self, forKey: .unit),
            direction: try container.decode(ImprovementDirection.self, forKey: .direction),
            basis: try container.decode(IndicatorBasis.self, forKey: .basis),
            suppressionThreshold: try container.decode(Int.self, forKey: .suppressionThreshold),
            periodTypes: try container.decode([IndicatorPeriodType].self, forKey: .periodTypes),
            grouping: try container.decode(IndicatorGrouping.self, forKey: .grouping))
    }

    /// Replaces the period types (sorted and de-duplicated).
    public mutating func setPeriodTypes(_ types: [IndicatorPeriodType]) {
        periodTypes = Set(types).sorted()
    }

    /// Whether disclosure control suppresses small numerators and denominators of this indicator.
    public var suppressesSmallCells: Bool { basis == .personBased }

    /// SHA-256 over the canonical encoding of every field (see ``canonicalBytes``), 64 lower-case hex digits.
    public var contentHash: String { SHA256.hex(canonicalBytes) }

    /// The canonical encoding: a format tag, then each field as `name=<length>:<value>` on its own line, in a fixed
    /// order; enums by their raw values, the formula by its ``IndicatorFormula/canonicalText``.
    public var canonicalBytes: [UInt8] {
        var encoding = CanonicalEncoding(tag: "balans.indicator-definition/1")
        encoding.append("id", id)
        encoding.append("version", version)
        encoding.append("name", name)
        encoding.append("description", description)
        encoding.append("formula", formula.canonicalText)
        encoding.append("unit", unit.rawValue)
        encoding.append("direction", direction.rawValue)
        encoding.append("basis", basis.rawValue)
        encoding.append("suppression-threshold", suppressionThreshold)
        encoding.append("period-types", periodTypes.map(\.rawValue).joined(separator: ","))
        encoding.append("grouping", grouping.rawValue)
        return encoding.bytes
    }

    /// Everything wrong with the definition on its own, in field order; empty when it is valid.
    public var problems: [IndicatorCatalogueError] {
        var problems: [IndicatorCatalogueError] = []
        if !Self.isValidIdentifier(id) { problems.append(.invalidIdentifier(id: id)) }
        if version < 1 { problems.append(.invalidDefinitionVersion(id: id, version: version)) }
        if IndicatorGrouping.trimmed(name).isEmpty { problems.append(.missingText(id: id, field: "namn")) }
        if IndicatorGrouping.trimmed(description).isEmpty {
            problems.append(.missingText(id: id, field: "beskrivning"))
        }
        if let reason = formula.parameterProblem {
            problems.append(.invalidFormulaParameter(text: formula.canonicalText, reason: reason))
        }
        if !formula.allowedUnits.contains(unit) {
            problems.append(
                .unitMismatch(
                    id: id, formula: formula.canonicalText, unit: unit,
                    allowed: IndicatorUnit.allCases.filter(formula.allowedUnits.contains)))
        }
        if suppressionThreshold < 1 || suppressionThreshold > 1000 {
            problems.append(.invalidSuppressionThreshold(id: id, threshold: suppressionThreshold))
        }
        if periodTypes.isEmpty { problems.append(.noPeriodTypes(id: id)) }
        if formula.needsCapacity, grouping != .specialty {
            problems.append(.groupingNotSupported(id: id, formula: formula.canonicalText, grouping: grouping))
        }
        return problems
    }

    /// Whether `text` is 1–64 characters of a-z, 0-9 and "-", starting with a letter and not ending with "-".
    public static func isValidIdentifier(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard let first = bytes.first, let last = bytes.last, bytes.count <= 64,
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(first), last != UInt8(ascii: "-")
        else { return false }
        return bytes.allSatisfy { byte in
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                || byte == UInt8(ascii: "-")
        }
    }
}
