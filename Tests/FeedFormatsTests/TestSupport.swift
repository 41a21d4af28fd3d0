import FeedFormats
import PlanningDomain

/// A week from a literal known to be valid in the test source.
func week(_ year: Int, _ number: Int) -> ISOWeek {
    guard let value = ISOWeek(year: year, week: number) else { fatalError("bad test week \(year)-\(number)") }
    return value
}

/// A date from a literal known to be valid in the test source.
func date(_ text: String) -> CivilDate {
    guard let value = CivilDate.parse(text) else { fatalError("bad test date \(text)") }
    return value
}

/// Skatteverket's published test personnummer (Tolvan Tolvansson): valid date and Luhn digit, no real person.
let testPersonnummer = "19121212-1212"

/// A tiny region's master data: region → clinic → two units, two planning objects, two resources.
func sampleKnownCodes() -> KnownCodes {
    var known = KnownCodes()
    var batch = RegionDataBatch()
    batch.units = [
        OrganisationUnit(code: "R99", name: "Testregion", level: .region, parentCode: nil),
        OrganisationUnit(code: "ORT", name: "Ortopedkliniken", level: .department, parentCode: "R99"),
        OrganisationUnit(code: "ORT-MOT", name: "Ortopedmottagningen", level: .unit, parentCode: "ORT"),
        OrganisationUnit(code: "ORT-OP", name: "Ortopedoperation", level: .unit, parentCode: "ORT"),
    ]
    batch.planningObjects = [
        PlanningObject(
            code: "ORT-NYB", name: "Nybesök ortopedi", unitCode: "ORT-MOT", specialty: "Ortopedi",
            careService: "Nybesök", providerCategory: "Läkare", contactType: .visit, medicalPriority: "P2"),
        PlanningObject(
            code: "ORT-HOFT", name: "Höftprotes", unitCode: "ORT-OP", specialty: "Ortopedi",
            careService: "Höftprotes", providerCategory: "Läkare", contactType: .operation, medicalPriority: "P3"),
    ]
    batch.resources = [
        Resource(code: "LAK", name: "Läkare", kind: .staff, measure: .hours),
        Resource(code: "OPSAL", name: "Operationssal", kind: .room, measure: .hours),
    ]
    known.add(batch)
    return known
}

/// Reads `text` as a CSV file, failing the test (by throwing) when the reader refuses it.
func csv(_ text: String, name: String = "test.csv") throws -> CSVDocument {
    try CSVDocument(bytes: Array(text.utf8), sourceName: name)
}

/// Reads and parses `text` as `kind` against the sample master data.
func parse(
    _ text: String, as kind: FeedKind, name: String = "test.csv", known: KnownCodes = sampleKnownCodes(),
    snapshotDate: CivilDate? = nil, issueCap: Int = 100
) throws -> FeedParseResult {
    let parser = FeedParser(known: known, snapshotDate: snapshotDate, issueCap: issueCap)
    return parser.parse(try csv(text, name: name), as: kind)
}

/// Every row of a document with its line number.
func rows(of document: CSVDocument) -> [(line: Int, fields: [String])] {
    var result: [(line: Int, fields: [String])] = []
    document.forEachRow { line, fields in result.append((line, fields)) }
    return result
}

/// The issue codes of a result, in order.
func codes(_ result: FeedParseResult) -> [FeedIssueCode] { result.issues.map(\.code) }
