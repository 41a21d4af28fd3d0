/// One value that has been published: it stays visible to readers (someone kept a copy), so later releases are
/// checked against it.
public struct PublicationRecord: Hashable, Sendable {
    /// The cell's key.
    public let key: DisclosureCellKey
    /// The value shown.
    public let value: PublishedValue
    /// The rule version that allowed it.
    public let ruleVersion: String
    /// When it was published (ISO 8601, given by the caller; the domain has no clock).
    public let publishedAt: String

    /// A record.
    public init(key: DisclosureCellKey, value: PublishedValue, ruleVersion: String, publishedAt: String) {
        self.key = key
        self.value = value
        self.ruleVersion = ruleVersion
        self.publishedAt = publishedAt
    }
}

/// What has been published so far. Disclosure control treats every recorded count as still visible: a new
/// release must not let a reader compute a suppressed cell using old values too, and a revised value must not
/// differ from an old one by 1..k−1 (12 → 13 reveals one person).
///
/// Ratio records are kept for the audit trail; the checker does not need them, because a ratio is only ever
/// published together with its numerator and denominator, whose counts are recorded too.
public struct PublicationLedger: Hashable, Sendable {
    /// Every record, oldest first.
    public private(set) var records: [PublicationRecord]
    private var countsByKey: [DisclosureCellKey: [Int]]

    /// An empty ledger.
    public init() {
        records = []
        countsByKey = [:]
    }

    /// A ledger with stored records (e.g. loaded from the node's database). Throws on a malformed timestamp.
    public init(records: [PublicationRecord]) throws(DisclosureError) {
        self.init()
        for record in records { try append(record) }
    }

    /// Records everything `release` publishes, at `timestamp` (ISO 8601).
    public mutating func record(_ release: ProtectedRelease, at timestamp: String) throws(DisclosureError) {
        guard PlanTimestamp.isValid(timestamp) else { throw .invalidTimestamp(timestamp) }
        for cell in release.published {
            try append(
                PublicationRecord(
                    key: cell.key, value: cell.value, ruleVersion: release.ruleVersion, publishedAt: timestamp))
        }
    }

    /// A copy with `release` recorded at `timestamp`.
    public func recording(_ release: ProtectedRelease, at timestamp: String) throws(DisclosureError)
        -> PublicationLedger
    {
        var copy = self
        try copy.record(release, at: timestamp)
        return copy
    }

    /// The distinct counts ever published for `key`, ascending.
    public func visibleCounts(of key: DisclosureCellKey) -> [Int] { countsByKey[key] ?? [] }

    private mutating func append(_ record: PublicationRecord) throws(DisclosureError) {
        guard PlanTimestamp.isValid(record.publishedAt) else { throw .invalidTimestamp(record.publishedAt) }
        records.append(record)
        guard let count = record.value.count else { return }
        var counts = countsByKey[record.key] ?? []
        if !counts.contains(count) {
            counts.append(count)
            counts.sort()
        }
        countsByKey[record.key] = counts
    }
}
