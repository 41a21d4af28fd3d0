import PlanningDomain

/// The synthetic organisation tree: region → förvaltningar → kliniker → enheter, with what each enhet does.
struct OrganisationLayout: Sendable {
    /// An operational unit (enhet) and what it produces.
    struct Leaf: Sendable {
        var code: String
        var kind: UnitKind
        var specialtyIndex: Int
        var siteIndex: Int
    }

    /// Every unit in tree order (root, then each division followed by its clinics and their units).
    let units: [OrganisationUnit]
    /// The enheter, in the same order as in ``units``.
    let leaves: [Leaf]
    /// The hospital sites, main hospital first.
    let sites: [HospitalSites.Site]
    private let leafIndexByCode: [String: Int]

    /// Lays out the organisation for `region`, sized by its population.
    init(region: SwedishRegion, specialties: [SpecialtyTemplate]) {
        let sites = HospitalSites.sites(for: region)
        let divisionCount = DivisionTemplate.count(forPopulation: region.population)
        let rootCode = "R" + region.code
        var units = [
            OrganisationUnit(
                code: rootCode, name: "\(region.name) (syntetisk)", level: .region, parentCode: nil)
        ]
        var leaves: [Leaf] = []
        for division in DivisionTemplate.allCases where division.effective(divisionCount: divisionCount) == division {
            units.append(
                OrganisationUnit(code: division.code, name: division.name, level: .division, parentCode: rootCode))
            for (specialtyIndex, specialty) in specialties.enumerated()
            where specialty.division.effective(divisionCount: divisionCount) == division {
                units.append(
                    OrganisationUnit(
                        code: specialty.code, name: specialty.clinicName, level: .department,
                        parentCode: division.code))
                for kind in UnitKind.allCases {
                    for siteIndex in Self.siteIndices(of: specialty, kind: kind, siteCount: sites.count) {
                        let site = sites[siteIndex]
                        let code = "\(specialty.code)-\(site.code)-\(kind.codeSuffix)"
                        units.append(
                            OrganisationUnit(
                                code: code, name: "\(specialty.specialty), \(kind.swedishName) \(site.town)",
                                level: .unit, parentCode: specialty.code))
                        leaves.append(
                            Leaf(code: code, kind: kind, specialtyIndex: specialtyIndex, siteIndex: siteIndex))
                    }
                }
            }
        }
        self.units = units
        self.leaves = leaves
        self.sites = sites
        self.leafIndexByCode = Dictionary(uniqueKeysWithValues: leaves.enumerated().map { ($1.code, $0) })
    }

    /// The index in ``leaves`` of the unit of `kind` at `siteIndex` of specialty `specialtyCode`.
    func leafIndex(specialtyCode: String, siteIndex: Int, kind: UnitKind) -> Int? {
        leafIndexByCode["\(specialtyCode)-\(sites[siteIndex].code)-\(kind.codeSuffix)"]
    }

    /// The sites at which `specialty` has a unit of `kind`.
    static func siteIndices(of specialty: SpecialtyTemplate, kind: UnitKind, siteCount: Int) -> [Int] {
        let services = specialty.services.filter { $0.unitKind == kind }
        guard !services.isEmpty else { return [] }
        return Array(Set(services.flatMap { sites(for: $0.placement, siteCount: siteCount) })).sorted()
    }

    /// The sites a placement covers.
    static func sites(for placement: SitePlacement, siteCount: Int) -> [Int] {
        switch placement {
        case .allSites: Array(0..<siteCount)
        case .mainSite: [0]
        // The main hospital and, where there is one, the second hospital operate.
        case .operatingSites: Array(0..<min(2, siteCount))
        }
    }
}
