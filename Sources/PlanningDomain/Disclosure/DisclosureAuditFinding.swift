/// One problem ``DisclosureAudit`` found in a protected release.
public struct DisclosureAuditFinding: Hashable, Sendable, CustomStringConvertible {
    /// What is wrong.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        /// A protected count in 1..k−1 is published.
        case smallCountPublished = "small_count_published"
        /// A published value differs from an earlier published one by 1..k−1.
        case revisionPublished = "revision_published"
        /// A published ratio has a hidden numerator or denominator.
        case ratioWithHiddenInput = "ratio_with_hidden_input"
        /// A published value is not the release's value.
        case wrongValue = "wrong_value"
        /// A cell of the release is neither published nor suppressed (or is both).
        case missingCell = "missing_cell"
        /// The protected release names a cell the release does not have.
        case unknownCell = "unknown_cell"
        /// A hidden cell is a linear combination of published and earlier published values.
        case derivable
        /// A hidden cell is not a linear combination, but non-negativity leaves it one value (no witness found).
        case pinnedByBounds = "pinned_by_bounds"
        /// The exact check overflowed for a group that publishes something new.
        case unverifiable
        /// A cell listed as an exposure is not actually given away by earlier publications.
        case falseExposure = "false_exposure"
        /// A suppressed cell already visible through the ledger is not listed as an exposure.
        case unreportedExposure = "unreported_exposure"
        /// A witness failed direct substitution (an internal error in the solver).
        case invalidWitness = "invalid_witness"
        /// The payload contains a personal identity number.
        case personalIdentityNumber = "personal_identity_number"
    }

    /// The cell concerned, when there is one.
    public let key: DisclosureCellKey?
    /// What is wrong.
    public let kind: Kind

    /// A finding.
    public init(key: DisclosureCellKey?, kind: Kind) {
        self.key = key
        self.kind = kind
    }

    /// A stable code, e.g. "disclosure_audit.derivable".
    public var code: String { "disclosure_audit.\(kind.rawValue)" }

    /// A Swedish sentence for operators.
    public var message: String {
        let cell = key.map { "Cellen \($0)" } ?? "Publiceringen"
        return switch kind {
        case .smallCountPublished: "\(cell) visar ett antal mellan 1 och k−1."
        case .revisionPublished: "\(cell) skiljer sig 1..k−1 från ett tidigare publicerat värde."
        case .ratioWithHiddenInput: "\(cell) är en kvot vars täljare eller nämnare är dold."
        case .wrongValue: "\(cell) publiceras med ett annat värde än underlagets."
        case .missingCell: "\(cell) är varken publicerad eller dold, eller både och."
        case .unknownCell: "\(cell) finns inte i underlaget."
        case .derivable: "\(cell) är dold men kan räknas fram ur publicerade värden."
        case .pinnedByBounds: "\(cell) är dold men har bara ett möjligt icke-negativt värde."
        case .unverifiable: "\(cell): talen blev för stora för en exakt kontroll av gruppen."
        case .falseExposure: "\(cell) anges som redan röjd, men är det inte."
        case .unreportedExposure: "\(cell) är redan röjd genom en tidigare publicering men anges inte så."
        case .invalidWitness: "\(cell): kontrollens motexempel håller inte (internt fel)."
        case .personalIdentityNumber: "\(cell) innehåller ett personnummer eller samordningsnummer."
        }
    }

    /// "code key".
    public var description: String { key.map { "\(code) \($0)" } ?? code }
}

/// The result of ``DisclosureAudit/verify(_:of:ledger:)``.
public struct DisclosureAuditReport: Hashable, Sendable {
    /// Every problem found, in a deterministic order; empty when the release is safe.
    public let findings: [DisclosureAuditFinding]

    /// True when nothing was found.
    public var isSafe: Bool { findings.isEmpty }

    /// The findings' keys of one kind.
    public func keys(of kind: DisclosureAuditFinding.Kind) -> [DisclosureCellKey] {
        findings.filter { $0.kind == kind }.compactMap(\.key)
    }
}
