/// Why an indicator catalogue, a definition or a catalogue upgrade was refused. ``message`` is Swedish, for the
/// agency's curators; ``code`` is stable for logs and APIs.
public enum IndicatorCatalogueError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The catalogue version is below 1.
    case invalidCatalogueVersion(version: Int)
    /// The catalogue has no definitions.
    case emptyCatalogue(version: Int)
    /// Two definitions share an id.
    case duplicateDefinition(id: String)
    /// The id is not 1–64 characters of a-z, 0-9 and "-" starting with a letter.
    case invalidIdentifier(id: String)
    /// The definition version is below 1.
    case invalidDefinitionVersion(id: String, version: Int)
    /// A required text (name or description) is empty.
    case missingText(id: String, field: String)
    /// A formula name the software does not know (e.g. from a newer catalogue or a typo).
    case unknownFormula(text: String)
    /// A known formula with an argument out of range or badly written.
    case invalidFormulaParameter(text: String, reason: String)
    /// The unit does not fit the formula (a share declared as a count, …).
    case unitMismatch(id: String, formula: String, unit: IndicatorUnit, allowed: [IndicatorUnit])
    /// The suppression threshold k is outside 1…1000.
    case invalidSuppressionThreshold(id: String, threshold: Int)
    /// The definition has no period types.
    case noPeriodTypes(id: String)
    /// The formula cannot be computed for the grouping (capacity is attributed per specialty only).
    case groupingNotSupported(id: String, formula: String, grouping: IndicatorGrouping)
    /// A new catalogue version is not above the current one.
    case catalogueVersionNotIncreased(current: Int, proposed: Int)
    /// A new catalogue version lacks a definition the current one has: ids are stable for ever.
    case definitionRemoved(id: String)
    /// A definition's content changed but its version did not.
    case changedWithoutNewVersion(id: String, version: Int)
    /// A definition's version went down.
    case definitionVersionDecreased(id: String, current: Int, proposed: Int)

    /// A stable code, e.g. "indicator.duplicate_definition".
    public var code: String {
        switch self {
        case .invalidCatalogueVersion: "indicator.invalid_catalogue_version"
        case .emptyCatalogue: "indicator.empty_catalogue"
        case .duplicateDefinition: "indicator.duplicate_definition"
        case .invalidIdentifier: "indicator.invalid_identifier"
        case .invalidDefinitionVersion: "indicator.invalid_definition_version"
        case .missingText: "indicator.missing_text"
        case .unknownFormula: "indicator.unknown_formula"
        case .invalidFormulaParameter: "indicator.invalid_formula_parameter"
        case .unitMismatch: "indicator.unit_mismatch"
        case .invalidSuppressionThreshold: "indicator.invalid_suppression_threshold"
        case .noPeriodTypes: "indicator.no_period_types"
        case .groupingNotSupported: "indicator.grouping_not_supported"
        case .catalogueVersionNotIncreased: "indicator.catalogue_version_not_increased"
        case .definitionRemoved: "indicator.definition_removed"
        case .changedWithoutNewVersion: "indicator.changed_without_new_version"
        case .definitionVersionDecreased: "indicator.definition_version_decreased"
        }
    }

    /// A Swedish sentence naming the value, the place and the fix.
    public var message: String {
        switch self {
        case .invalidCatalogueVersion(let version):
            "Katalogversionen är \(version); den måste vara 1 eller högre."
        case .emptyCatalogue(let version):
            "Indikatorkatalogen version \(version) innehåller inga definitioner; lägg till minst en."
        case .duplicateDefinition(let id):
            "Indikatorn \"\(id)\" förekommer mer än en gång i katalogen; varje id får bara finnas en gång."
        case .invalidIdentifier(let id):
            "Id \"\(id)\" är ogiltigt: använd 1–64 tecken a–z, 0–9 och bindestreck, med en bokstav först."
        case .invalidDefinitionVersion(let id, let version):
            "Indikatorn \"\(id)\" har version \(version); versionen måste vara 1 eller högre."
        case .missingText(let id, let field):
            "Indikatorn \"\(id)\" saknar \(field); skriv en text på svenska."
        case .unknownFormula(let text):
            "Formeln \"\(text)\" är okänd för den här versionen av programmet. Kända formler: "
                + IndicatorFormula.knownNames + ". Uppdatera programmet eller rätta formeln."
        case .invalidFormulaParameter(let text, let reason):
            "Formeln \"\(text)\" kan inte användas: \(reason)."
        case .unitMismatch(let id, let formula, let unit, let allowed):
            "Indikatorn \"\(id)\" har enheten \(unit.swedishName), men formeln \"\(formula)\" ger "
                + allowed.map(\.swedishName).joined(separator: " eller ") + ". Ändra enheten."
        case .invalidSuppressionThreshold(let id, let threshold):
            "Indikatorn \"\(id)\" har röjandegränsen k = \(threshold); ange ett heltal 1–1000 (vanligen 5)."
        case .noPeriodTypes(let id):
            "Indikatorn \"\(id)\" saknar periodtyp; ange vecka, månad eller båda."
        case .groupingNotSupported(let id, let formula, let grouping):
            "Indikatorn \"\(id)\" (\(formula)) kan inte grupperas per \(grouping.swedishName): kapacitet hör till "
                + "enheter och kan bara fördelas per specialitet. Välj gruppering per specialitet."
        case .catalogueVersionNotIncreased(let current, let proposed):
            "Den nya katalogen har version \(proposed) men gällande version är \(current); "
                + "en ny katalog måste ha högre version."
        case .definitionRemoved(let id):
            "Indikatorn \"\(id)\" saknas i den nya katalogen. Id:n är stabila: behåll definitionen."
        case .changedWithoutNewVersion(let id, let version):
            "Indikatorn \"\(id)\" har ändrats men har fortfarande version \(version); höj definitionens version."
        case .definitionVersionDecreased(let id, let current, let proposed):
            "Indikatorn \"\(id)\" har version \(proposed) i den nya katalogen men \(current) i den gällande; "
                + "en version får aldrig sänkas."
        }
    }

    /// The Swedish ``message``.
    public var description: String { message }
}
