import PlanningDomain

extension FeedParser {
    typealias Rows = ((RowContext) -> Void) -> Void

    func parseUnits(_ columns: ColumnMap, _ rows: Rows, _ issues: inout IssueCollector) -> RegionDataBatch {
        var batch = RegionDataBatch()
        var lineByCode: [String: Int] = [:]
        let codeIndex = columns.index(of: FeedColumns.unitCodeMaster)!
        let nameIndex = columns.index(of: FeedColumns.name)!
        let levelIndex = columns.index(of: FeedColumns.level)!
        let parentIndex = columns.index(of: FeedColumns.parent)
        rows { row in
            var row = row
            let code = row.requiredText(codeIndex, FeedColumns.unitCodeMaster, into: &issues, maxLength: 40)
            let name = row.requiredText(nameIndex, FeedColumns.name, into: &issues)
            let levelText = row.text(levelIndex)
            let level = OrganisationLevel(swedishName: levelText)
            if level == nil {
                row.fail(
                    levelIndex, levelText, .invalidChoice,
                    "Okänd nivå. Tillåtna värden: \(OrganisationLevel.acceptedNames).", into: &issues)
            }
            let parentText = parentIndex.map { row.text($0) } ?? ""
            if let earlier = lineByCode[code], !code.isEmpty {
                row.fail(
                    codeIndex, code, .duplicateKey,
                    "Enhetskoden finns redan på rad \(earlier). Koder måste vara unika.",
                    into: &issues)
            }
            guard !row.failed, let level else { return }
            lineByCode[code] = row.line
            batch.units.append(
                OrganisationUnit(
                    code: code, name: name, level: level, parentCode: parentText.isEmpty ? nil : parentText))
        }
        guard issues.isEmpty else { return batch }
        // The tree must hold together with what the node already has (the file's rows win).
        var merged = known.units
        for unit in batch.units { merged[unit.code] = unit }
        do {
            _ = try OrganisationTree(units: Array(merged.values))
        } catch {
            let (code, message) = FeedParser.describe(error)
            issues.add(
                line: code.flatMap { lineByCode[$0] }, column: nil, value: code.map(RowContext.safeValue),
                .inconsistentRow, message)
        }
        return batch
    }

    static func describe(_ error: OrganisationTreeError) -> (code: String?, message: String) {
        // Codes come from the file and are quoted, so they pass the same filter as any quoted value.
        let safe = RowContext.safeValue
        return switch error {
        case .duplicateCode(let code): (code, "Enhetskoden förekommer flera gånger.")
        case .rootCount(let codes):
            (
                codes.first,
                codes.isEmpty
                    ? "Ingen enhet saknar överordnad: exakt en enhet (regionen) ska ha tom överordnad."
                    : "Flera enheter saknar överordnad (\(codes.prefix(5).map(safe).joined(separator: ", "))). "
                        + "Bara regionen får sakna överordnad; ange överordnad för de andra."
            )
        case .rootNotRegion(let code):
            (code, "Enheten utan överordnad måste ha nivån region.")
        case .unknownParent(let code, let parent):
            (
                code,
                "Överordnad enhet \"\(safe(parent))\" finns varken i filen eller i databasen. Lägg till den först."
            )
        case .levelNotBelowParent(let code, let level, let parent, let parentLevel):
            (
                code,
                "Enheten har nivån \(level.swedishName) men den överordnade \"\(safe(parent))\" har nivån "
                    + "\(parentLevel.swedishName). En enhet måste ligga på en lägre nivå än sin överordnade."
            )
        }
    }

    func parsePlanningObjects(_ columns: ColumnMap, _ rows: Rows, _ issues: inout IssueCollector) -> RegionDataBatch {
        var batch = RegionDataBatch()
        var lineByCode: [String: Int] = [:]
        let index = { (column: FeedColumn) in columns.index(of: column)! }
        let code = index(FeedColumns.objectCodeMaster)
        let name = index(FeedColumns.name)
        let unit = index(FeedColumns.unitCode)
        let specialty = index(FeedColumns.specialty)
        let careService = index(FeedColumns.careService)
        let provider = index(FeedColumns.providerCategory)
        let contact = index(FeedColumns.contactType)
        let priority = index(FeedColumns.medicalPriority)
        rows { row in
            var row = row
            let codeText = row.requiredText(code, FeedColumns.objectCodeMaster, into: &issues, maxLength: 60)
            let nameText = row.requiredText(name, FeedColumns.name, into: &issues)
            let unitText = row.requiredText(unit, FeedColumns.unitCode, into: &issues, maxLength: 40)
            if !unitText.isEmpty {
                if let known = known.units[unitText] {
                    if known.level == .region {
                        row.fail(
                            unit, unitText, .inconsistentRow,
                            "Ett planeringsobjekt hör till en verksamhet eller enhet, inte till hela regionen.",
                            into: &issues)
                    }
                } else {
                    row.fail(
                        unit, unitText, .unknownReference,
                        "Okänd enhet. Importera enheten (enheter-filen) först eller rätta koden.", into: &issues)
                }
            }
            let specialtyText = row.requiredText(specialty, FeedColumns.specialty, into: &issues)
            let careText = row.requiredText(careService, FeedColumns.careService, into: &issues)
            let providerText = row.requiredText(provider, FeedColumns.providerCategory, into: &issues)
            let contactText = row.text(contact)
            let contactType = ContactType(swedishName: contactText)
            if contactType == nil {
                row.fail(
                    contact, contactText, .invalidChoice,
                    "Okänd kontakttyp. Tillåtna värden: \(ContactType.acceptedNames).",
                    into: &issues)
            }
            let priorityText = row.requiredText(priority, FeedColumns.medicalPriority, into: &issues, maxLength: 20)
            if let earlier = lineByCode[codeText], !codeText.isEmpty {
                row.fail(
                    code, codeText, .duplicateKey, "Koden finns redan på rad \(earlier). Koder måste vara unika.",
                    into: &issues)
            }
            guard !row.failed, let contactType else { return }
            lineByCode[codeText] = row.line
            batch.planningObjects.append(
                PlanningObject(
                    code: codeText, name: nameText, unitCode: unitText, specialty: specialtyText, careService: careText,
                    providerCategory: providerText, contactType: contactType, medicalPriority: priorityText))
        }
        return batch
    }

    func parseResources(_ columns: ColumnMap, _ rows: Rows, _ issues: inout IssueCollector) -> RegionDataBatch {
        var batch = RegionDataBatch()
        var lineByCode: [String: Int] = [:]
        let code = columns.index(of: FeedColumns.resourceCodeMaster)!
        let name = columns.index(of: FeedColumns.name)!
        let kind = columns.index(of: FeedColumns.resourceKind)!
        let measure = columns.index(of: FeedColumns.measure)!
        let limiting = columns.index(of: FeedColumns.limiting)
        rows { row in
            var row = row
            let codeText = row.requiredText(code, FeedColumns.resourceCodeMaster, into: &issues, maxLength: 40)
            let nameText = row.requiredText(name, FeedColumns.name, into: &issues)
            let kindText = row.text(kind)
            let resourceKind = ResourceKind(swedishName: kindText)
            if resourceKind == nil {
                row.fail(
                    kind, kindText, .invalidChoice, "Okänd resurstyp. Tillåtna värden: \(ResourceKind.acceptedNames).",
                    into: &issues)
            }
            let measureText = row.text(measure)
            let resourceMeasure = ResourceMeasure(swedishName: measureText)
            if resourceMeasure == nil {
                row.fail(
                    measure, measureText, .invalidChoice,
                    "Okänd måttenhet. Tillåtna värden: \(ResourceMeasure.acceptedNames).", into: &issues)
            }
            if let earlier = lineByCode[codeText], !codeText.isEmpty {
                row.fail(
                    code, codeText, .duplicateKey, "Resurskoden finns redan på rad \(earlier). Koder måste vara unika.",
                    into: &issues)
            }
            let isLimiting = limiting.map { row.flag($0, into: &issues) } ?? false
            guard !row.failed, let resourceKind, let resourceMeasure else { return }
            lineByCode[codeText] = row.line
            batch.resources.append(
                Resource(
                    code: codeText, name: nameText, kind: resourceKind, measure: resourceMeasure,
                    isLimiting: isLimiting))
        }
        return batch
    }
}
