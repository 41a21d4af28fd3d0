/// Payload of the `exchange-messages` stream: one command of the sending region to the hub's capacity exchange.
///
/// The hub runs it as an `ExchangeCommand` with the authenticated region as actor (never `regionCode` alone: a
/// payload naming another region is rejected) in the batch's transaction, and receipts a refusal by the exchange
/// (stale version, not allowed, …) as the item's rejection with the exchange's Swedish reason. The hub is
/// authoritative: every command on an existing request, offer, proposal or agreement quotes the version the
/// sender last saw in `exchange-state` (`basedOnVersion`); a newer one at the hub rejects it
/// `stale-exchange-version`. A message is a command, not a record: its key is never rewritten.
public struct ExchangeMessage: Codable, Hashable, Sendable {
    /// The sending region.
    public var regionCode: String
    /// The message's id within the sending region (unique; part of the key).
    public var messageID: String
    /// What the message asks.
    public var kind: ExchangeMessageKind
    /// The request, offer, proposal or agreement it is about (for a new one: its id, `<region>-…`).
    public var subject: String
    /// The subject's version the sender saw; absent when the message creates the subject.
    public var basedOnVersion: Int?
    /// The new request or offer (`postRequest`, `postOffer`).
    public var posting: ExchangePostingTerms?
    /// The new proposal (`propose`).
    public var proposal: ExchangeProposalTerms?
    /// What an acceptance makes (`acceptProposal`, `acceptOffer`).
    public var acceptance: ExchangeAcceptanceTerms?
    /// Why (Swedish free text; required to decline, cancel, or complete short). Never patient data.
    public var comment: String?
    /// The node user who issued it (for the hub's audit trail).
    public var issuedBy: String?
    /// When the node stored it (ISO 8601; informational — the hub records its own time).
    public var issuedAt: String

    /// Creates a message.
    public init(
        regionCode: String, messageID: String, kind: ExchangeMessageKind, subject: String, basedOnVersion: Int? = nil,
        posting: ExchangePostingTerms? = nil, proposal: ExchangeProposalTerms? = nil,
        acceptance: ExchangeAcceptanceTerms? = nil, comment: String? = nil, issuedBy: String? = nil,
        issuedAt: String
    ) {
        self.regionCode = regionCode
        self.messageID = messageID
        self.kind = kind
        self.subject = subject
        self.basedOnVersion = basedOnVersion
        self.posting = posting
        self.proposal = proposal
        self.acceptance = acceptance
        self.comment = comment
        self.issuedBy = issuedBy
        self.issuedAt = issuedAt
    }

    /// `region/exchange-message/<messageID>`.
    public var naturalKey: NaturalKey {
        NaturalKey(owner: regionCode, kind: "exchange-message", parts: [messageID])
    }
}
