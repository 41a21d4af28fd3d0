/// Where a learning example is in review.
///
/// ```
/// draft ──submit──▶ submitted ──publish──▶ published ──reopen──▶ draft (the published revision stays public)
///   ▲ edit            │  │ └──reject──▶ rejected ──reopen──▶ draft
///   │                 │  └──requestChanges──▶ changesRequested ──submit (resubmit)──▶ submitted
///   │                 │                         ▲ edit
/// ```
public enum LearningExampleStatus: String, CaseIterable, Hashable, Sendable, Codable {
    /// Utkast: the owning region writes.
    case draft
    /// Inskickad: waiting for the agency's review.
    case submitted
    /// Ändringar begärda: the agency returned it with comments.
    case changesRequested
    /// Publicerad: readable by every tenant.
    case published
    /// Avvisad by the agency.
    case rejected

    /// The Swedish predicate for "exemplet är …", e.g. "inskickat".
    public var swedishName: String {
        switch self {
        case .draft: "ett utkast"
        case .submitted: "inskickat"
        case .changesRequested: "återskickat för ändringar"
        case .published: "publicerat"
        case .rejected: "avvisat"
        }
    }
}
