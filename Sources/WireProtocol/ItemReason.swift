/// Why an item was ignored or rejected (stable codes, see `docs/sync-protocol.md` §5).
public enum ItemReason: String, Codable, Sendable, CaseIterable {
    /// Ignored: the stored content hash is the same.
    case unchanged
    /// Ignored: the hub already holds a write of this key with a higher sequence.
    case superseded
    /// Rejected: the key's owner is not the authenticated region.
    case notOwner = "not-owner"
    /// Rejected: the content hash is not the SHA-256 of the payload's canonical JSON.
    case hashMismatch = "hash-mismatch"
    /// Rejected: the payload does not decode as the stream's type, or a field is out of range.
    case invalidPayload = "invalid-payload"
    /// Rejected: the indicator (or its version) is not in the catalogue.
    case unknownIndicator = "unknown-indicator"
    /// Rejected: a person-based count between 1 and k−1 was not suppressed.
    case smallCell = "small-cell"
    /// Rejected: the payload contains something that looks like a personnummer.
    case personalIdentifier = "personal-identifier"
    /// Rejected: an exchange message was based on an older version of the exchange than the hub's.
    case staleExchangeVersion = "stale-exchange-version"
    /// Rejected: the capacity exchange refused the command (not found, not permitted, not allowed in its status,
    /// more than remains, …); the message is the exchange's Swedish reason and its code.
    case exchangeRefused = "exchange-refused"
    /// Rejected (by the node itself): the item alone is larger than the batch byte limit.
    case tooLarge = "too-large"
    /// Rejected: the hub's workflow does not allow this write in the state it holds (e.g. a learning example's next
    /// revision while the previous one is under review); the message is the workflow's Swedish sentence.
    case workflowConflict = "workflow-conflict"
}
