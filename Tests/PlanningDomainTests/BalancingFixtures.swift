import PlanningDomain

/// A small region for balancing tests: R → D → K1 {E1, E2}, K2 {E3}; three resources; four objects.
enum BalancingFixtures {
    static let start = week(2025, 1)

    static func tree() -> OrganisationTree {
        try! OrganisationTree(units: [
            OrganisationUnit(code: "R", name: "Region", level: .region, parentCode: nil),
            OrganisationUnit(code: "D", name: "Division", level: .division, parentCode: "R"),
            OrganisationUnit(code: "K1", name: "Ortopedi", level: .department, parentCode: "D"),
            OrganisationUnit(code: "K2", name: "Medicin", level: .department, parentCode: "D"),
            OrganisationUnit(code: "E1", name: "Mottagning", level: .unit, parentCode: "K1"),
            OrganisationUnit(code: "E2", name: "Op", level: .unit, parentCode: "K1"),
            OrganisationUnit(code: "E3", name: "Avdelning", level: .unit, parentCode: "K2"),
        ])
    }

    static let resources = [
        Resource(code: "LAK", name: "Läkare", kind: .staff, measure: .hours),
        Resource(code: "OP", name: "Operationssal", kind: .room, measure: .hours),
        Resource(code: "VP", name: "Vårdplatser", kind: .bed, measure: .beds),
        Resource(code: "PASS", name: "Mottagningspass", kind: .room, measure: .sessions),
    ]

    static func object(_ code: String, unit: String, _ type: ContactType) -> PlanningObject {
        PlanningObject(
            code: code, name: code, unitCode: unit, specialty: "Ortopedi", careService: code,
            providerCategory: "Läkare", contactType: type, medicalPriority: "P2")
    }

    static let objects = [
        object("O1", unit: "E1", .visit), object("O2", unit: "E2", .operation), object("O3", unit: "E1", .visit),
        object("O4", unit: "E3", .inpatient),
    ]

    static func grid(weeks: Int = 13) -> PlanningGrid {
        try! PlanningGrid(tree: tree(), resources: resources, objects: objects, startWeek: start, weekCount: weeks)
    }

    static func constant(_ code: String, _ value: Double, weeks: Int = 13) -> WeeklySeries {
        WeeklySeries(code: code, values: Array(repeating: value, count: weeks))
    }
}
