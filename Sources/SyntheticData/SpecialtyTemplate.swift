/// A specialty with its clinic (verksamhet) and the care services it offers.
struct SpecialtyTemplate: Sendable {
    /// Code of the clinic and prefix of its units and planning objects, e.g. "ORT".
    var code: String
    /// Specialty as written on planning objects, e.g. "Ortopedi".
    var specialty: String
    /// Clinic name, e.g. "Ortopedkliniken".
    var clinicName: String
    /// The division the clinic belongs to in the largest regions.
    var division: DivisionTemplate
    /// Average length of stay in days for its inpatient care (sizes the wards).
    var lengthOfStay: Double
    /// The care services (vårdtjänster).
    var services: [CareServiceTemplate]
}
