/// Where a ``PlanVersion`` is in the agreement workflow (överenskommelse).
public enum PlanVersionStatus: String, CaseIterable, Hashable, Sendable, Codable {
    /// Utkast: editable; not steering.
    case draft
    /// Föreslagen: proposed by the tactical level, awaiting the tactical and the strategic agreement.
    case proposed
    /// Överenskommen: agreed by both levels; steering and immutable.
    case agreed
    /// Ersatt: was agreed, replaced by a newer agreed version; kept for the audit trail.
    case superseded

    /// The Swedish name planners see, e.g. "överenskommen".
    public var swedishName: String {
        switch self {
        case .draft: "utkast"
        case .proposed: "föreslagen"
        case .agreed: "överenskommen"
        case .superseded: "ersatt"
        }
    }
}
