import PlanningDomain

/// The capacity resources of the synthetic region: one staff resource per provider category, plus operating
/// rooms (hours) and staffed beds.
enum ResourceCatalogue {
    /// Operationssal: operating-room hours per week; the region's limiting resource (begränsande kapacitet).
    static let operatingRoom = Resource(
        code: "OPSAL", name: "Operationssal", kind: .room, measure: .hours, isLimiting: true)
    /// Vårdplatser: staffed beds (average over the week).
    static let beds = Resource(code: "VPL", name: "Vårdplatser", kind: .bed, measure: .beds)

    /// Every resource, staff first.
    static let all: [Resource] =
        ProviderCategory.allCases.map {
            // Doctors' hours are the other limiting resource.
            Resource(code: $0.code, name: $0.swedishName, kind: .staff, measure: .hours, isLimiting: $0 == .doctor)
        }
        + [operatingRoom, beds]
}
