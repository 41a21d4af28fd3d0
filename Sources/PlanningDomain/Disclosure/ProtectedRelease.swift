/// The outcome of disclosure control: what may be published, and what is held back and why.
///
/// Publish ``published`` and show every key in ``suppressed`` with one common marker (e.g. ".."); the reasons
/// are for the node's log and for ``DisclosureAudit``, not for the public table.
public struct ProtectedRelease: Hashable, Sendable {
    /// A cell that may be published.
    public struct PublishedCell: Hashable, Sendable {
        /// The cell's key.
        public let key: DisclosureCellKey
        /// The value to publish.
        public let value: PublishedValue

        /// A published cell.
        public init(key: DisclosureCellKey, value: PublishedValue) {
            self.key = key
            self.value = value
        }
    }

    /// A cell that is held back.
    public struct SuppressedCell: Hashable, Sendable {
        /// The cell's key.
        public let key: DisclosureCellKey
        /// Why it is held back.
        public let reason: SuppressionReason

        /// A suppressed cell.
        public init(key: DisclosureCellKey, reason: SuppressionReason) {
            self.key = key
            self.reason = reason
        }
    }

    /// The rule version that produced this release (recorded in the ledger).
    public let ruleVersion: String
    /// Cells to publish, sorted by key.
    public let published: [PublishedCell]
    /// Cells to hold back, sorted by key.
    public let suppressed: [SuppressedCell]
    /// Suppressed cells whose value a reader can already compute from earlier publications (the ledger) and the
    /// table's structure alone. Nothing in this release made them visible and nothing can hide them again; they
    /// are listed so an operator can see the earlier leak. Sorted.
    public let exposures: [DisclosureCellKey]

    /// A release; the arrays are sorted by key here.
    public init(
        ruleVersion: String, published: [PublishedCell], suppressed: [SuppressedCell],
        exposures: [DisclosureCellKey] = []
    ) {
        self.ruleVersion = ruleVersion
        self.published = published.sorted { $0.key < $1.key }
        self.suppressed = suppressed.sorted { $0.key < $1.key }
        self.exposures = exposures.sorted()
    }

    /// The published value of `key`, or nil when it is suppressed or unknown.
    public func value(of key: DisclosureCellKey) -> PublishedValue? {
        published.first { $0.key == key }?.value
    }

    /// Why `key` is suppressed, or nil when it is published or unknown.
    public func reason(for key: DisclosureCellKey) -> SuppressionReason? {
        suppressed.first { $0.key == key }?.reason
    }

    /// The set of suppressed keys.
    public var suppressedKeys: Set<DisclosureCellKey> { Set(suppressed.map(\.key)) }

    /// Every string that leaves the node with this release: keys, values and the rule version.
    public var payloadStrings: [String] {
        [ruleVersion] + published.flatMap { [$0.key.rawValue, $0.value.description] } + suppressed.map(\.key.rawValue)
    }
}
