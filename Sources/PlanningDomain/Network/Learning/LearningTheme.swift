/// The themes the network asked to learn about (domain brief §6), for learning examples and network meetings.
public enum LearningTheme: String, CaseIterable, Hashable, Sendable, Codable {
    /// Making PKS steering happen: change management, training, roles.
    case introducingSteering
    /// Data and legal questions.
    case dataAndLaw
    /// Realistic production planning: balancing, goals, plans.
    case realisticPlanning
    /// What "capacity" means across units.
    case capacityDefinition
    /// IT support.
    case itSupport

    /// The Swedish label, e.g. "Data och juridik".
    public var swedishName: String {
        switch self {
        case .introducingSteering: "Införa styrning med PKS (förändringsledning, utbildning, roller)"
        case .dataAndLaw: "Data och juridiska frågor"
        case .realisticPlanning: "Realistisk produktionsplanering (balansering, mål, planer)"
        case .capacityDefinition: "Vad kapacitet betyder mellan enheter"
        case .itSupport: "IT-stöd"
        }
    }
}
