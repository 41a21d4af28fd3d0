/// Why a cell is not shown. For the node's log and the audit only: a published table shows every suppressed
/// cell with the same marker, because telling readers which cells are small (primary) would itself narrow them.
public enum SuppressionReason: Hashable, Sendable, CustomStringConvertible {
    /// A protected count in 1..k−1.
    case primary
    /// Hidden so that the named cell cannot be computed from the published ones.
    case secondary(protecting: DisclosureCellKey)
    /// A new value whose difference from a value published earlier is in 1..k−1; the revision is held back.
    case revision
    /// A rate or mean whose numerator or denominator (the named cell) is suppressed.
    case dependent(on: DisclosureCellKey)
    /// The exact check ran out of `Int` range for this group of linked cells, so nothing in it is shown.
    case unverifiable

    /// A stable code, e.g. "disclosure.revision".
    public var code: String {
        switch self {
        case .primary: "disclosure.primary"
        case .secondary: "disclosure.secondary"
        case .revision: "disclosure.revision"
        case .dependent: "disclosure.dependent"
        case .unverifiable: "disclosure.unverifiable"
        }
    }

    /// The reason in Swedish, for planners and operators.
    public var swedish: String {
        switch self {
        case .primary:
            "Färre än k personer: värdet röjer enskilda och visas inte (primär sekretess)."
        case let .secondary(key):
            "Dold för att \(key) annars skulle kunna räknas fram ur summor och andra publicerade värden "
                + "(sekundär sekretess)."
        case .revision:
            "Revideringen hålls inne: skillnaden mot ett tidigare publicerat värde är 1..k−1 och skulle röja "
                + "enskilda personer."
        case let .dependent(key):
            "Kvoten visas inte eftersom \(key), som den bygger på, är dold."
        case .unverifiable:
            "Talen blev för stora för en exakt kontroll, så hela gruppen av sammanhängande celler hålls inne."
        }
    }

    /// The reason in English, for developers and logs.
    public var english: String {
        switch self {
        case .primary:
            "Fewer than k people: the value identifies individuals and is not shown (primary suppression)."
        case let .secondary(key):
            "Hidden because \(key) could otherwise be computed from totals and other published values "
                + "(secondary suppression)."
        case .revision:
            "Revision held back: the difference from a value published earlier is 1..k−1 and would identify "
                + "individuals."
        case let .dependent(key):
            "The ratio is not shown because \(key), which it is built from, is suppressed."
        case .unverifiable:
            "The numbers grew too large for an exact check, so the whole group of linked cells is held back."
        }
    }

    /// "code: english".
    public var description: String { "\(code): \(english)" }
}
