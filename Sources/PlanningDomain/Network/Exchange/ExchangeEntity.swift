/// The kinds of thing the capacity exchange keeps, for messages, errors and effects.
public enum ExchangeEntity: String, CaseIterable, Hashable, Sendable, Codable {
    /// A ``CapacityRequest``.
    case request
    /// A ``CapacityOffer``.
    case offer
    /// A ``CapacityProposal``.
    case proposal
    /// A ``CapacityAgreement``.
    case agreement

    /// The Swedish noun in definite form, e.g. "förfrågan".
    public var swedishName: String {
        switch self {
        case .request: "kapacitetsförfrågan"
        case .offer: "kapacitetserbjudandet"
        case .proposal: "förslaget"
        case .agreement: "överenskommelsen"
        }
    }
}
