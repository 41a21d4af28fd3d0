/// The förvaltningar (divisions) of the synthetic region. Smaller regions have fewer: some are merged into
/// others, as real regions do.
enum DivisionTemplate: Int, CaseIterable, Sendable {
    case surgery
    case medicine
    case psychiatry
    case womenAndChildren
    case specialist
    case diagnostics

    /// Unit code.
    var code: String {
        switch self {
        case .surgery: "DIV-KIR"
        case .medicine: "DIV-MED"
        case .psychiatry: "DIV-PSY"
        case .womenAndChildren: "DIV-BOK"
        case .specialist: "DIV-SPE"
        case .diagnostics: "DIV-DIA"
        }
    }

    /// Display name.
    var name: String {
        switch self {
        case .surgery: "Kirurgiska förvaltningen"
        case .medicine: "Medicinska förvaltningen"
        case .psychiatry: "Psykiatriförvaltningen"
        case .womenAndChildren: "Förvaltningen Barn och kvinna"
        case .specialist: "Specialistförvaltningen (sinnesorgan)"
        case .diagnostics: "Diagnostikcentrum"
        }
    }

    /// How many divisions a region of this size has (3–6).
    static func count(forPopulation population: Int) -> Int {
        switch population {
        case ..<100_000: 3
        case ..<250_000: 4
        case ..<1_000_000: 5
        default: 6
        }
    }

    /// The division this one is part of when the region has only `divisionCount` divisions.
    /// Merged first: diagnostics into medicine, then the specialist division into surgery, then women and
    /// children into surgery.
    func effective(divisionCount: Int) -> DivisionTemplate {
        switch self {
        case .diagnostics where divisionCount < 6: .medicine
        case .specialist where divisionCount < 5: .surgery
        case .womenAndChildren where divisionCount < 4: .surgery
        default: self
        }
    }
}
