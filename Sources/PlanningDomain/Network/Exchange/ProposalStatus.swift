/// Where a ``CapacityProposal`` is: proposed, then accepted, declined, withdrawn or lapsed.
public enum ProposalStatus: String, CaseIterable, Hashable, Sendable, Codable {
    /// Föreslagen: waiting for the target's owner.
    case proposed
    /// Accepterad: an agreement was made from it.
    case accepted
    /// Avböjd by the target's owner.
    case declined
    /// Återkallad by the proposer.
    case withdrawn
    /// Förfallen: the request or offer it answered stopped being live (matched, closed, withdrawn, expired).
    case lapsed

    /// The Swedish label, e.g. "avböjd".
    public var swedishName: String {
        switch self {
        case .proposed: "föreslagen"
        case .accepted: "accepterad"
        case .declined: "avböjd"
        case .withdrawn: "återkallad"
        case .lapsed: "förfallen"
        }
    }
}
