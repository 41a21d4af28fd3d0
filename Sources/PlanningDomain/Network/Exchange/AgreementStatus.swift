/// Where a ``CapacityAgreement`` is.
///
/// ```
/// agreed ──first delivery──▶ delivering ──complete──▶ completed
///    └──────cancel──────▶ cancelled ◀──cancel──┘
/// ```
public enum AgreementStatus: String, CaseIterable, Hashable, Sendable, Codable {
    /// Överenskommen: agreed, nothing delivered yet.
    case agreed
    /// Pågår: deliveries are being recorded.
    case delivering
    /// Avslutad.
    case completed
    /// Avbruten: cancelled by a party or the agency; undelivered volume went back to the postings.
    case cancelled

    /// Whether deliveries can still be recorded.
    public var isActive: Bool { self == .agreed || self == .delivering }

    /// The Swedish label, e.g. "pågår".
    public var swedishName: String {
        switch self {
        case .agreed: "överenskommen"
        case .delivering: "pågår"
        case .completed: "avslutad"
        case .cancelled: "avbruten"
        }
    }
}
