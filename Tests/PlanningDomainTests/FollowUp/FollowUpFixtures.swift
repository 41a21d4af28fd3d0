import PlanningDomain

/// A small region for follow-up tests:
/// R → D1 → K1 → E1 (O1, O2), E2 (O3); R → D2 → K2 (O5) → E3 (O4).
enum FollowUpFixtures {
    static let units = [
        OrganisationUnit(code: "R", name: "Region", level: .region, parentCode: nil),
        OrganisationUnit(code: "D1", name: "Division 1", level: .division, parentCode: "R"),
        OrganisationUnit(code: "D2", name: "Division 2", level: .division, parentCode: "R"),
        OrganisationUnit(code: "K1", name: "Ortopedkliniken", level: .department, parentCode: "D1"),
        OrganisationUnit(code: "K2", name: "Kirurgkliniken", level: .department, parentCode: "D2"),
        OrganisationUnit(code: "E1", name: "Ortopedmottagningen", level: .unit, parentCode: "K1"),
        OrganisationUnit(code: "E2", name: "Ortopedoperation", level: .unit, parentCode: "K1"),
        OrganisationUnit(code: "E3", name: "Kirurgmottagningen", level: .unit, parentCode: "K2"),
    ]

    static let tree: OrganisationTree = try! OrganisationTree(units: units)

    static let objects = [
        object("O1", unit: "E1", specialty: "Ortopedi"), object("O2", unit: "E1", specialty: "Ortopedi"),
        object("O3", unit: "E2", specialty: "Ortopedi"), object("O4", unit: "E3", specialty: "Kirurgi"),
        object("O5", unit: "K2", specialty: "Kirurgi"),
    ]

    static func object(_ code: String, unit: String, specialty: String) -> PlanningObject {
        PlanningObject(
            code: code, name: "Objekt \(code)", unitCode: unit, specialty: specialty, careService: "Nybesök",
            providerCategory: "Läkare", contactType: .visit, medicalPriority: "P2")
    }

    /// A plan for every object with the given weekly volume in every week.
    static func flatPlan(from start: ISOWeek, weeks: Int, volume: Double) -> ProductionPlan {
        var plan = ProductionPlan(scope: "R", startWeek: start, weekCount: weeks)
        for object in objects {
            try! plan.setVolumes(object: object.code, values: Array(repeating: volume, count: weeks))
        }
        return plan
    }
}
