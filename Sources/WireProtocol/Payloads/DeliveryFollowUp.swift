/// Payload of the `delivery-follow-ups` stream: what the providing region delivered under an agreement in one
/// week (visits, operations or bed-days in the agreement's unit — volumes only, never patients).
///
/// The hub runs it as `recordDelivery` with the authenticated region as actor; the figure replaces any earlier
/// one for the week, so a correction is a new write of the same key. `basedOnVersion` is the agreement's version
/// the sender saw (a newer one at the hub rejects it `stale-exchange-version`).
public struct DeliveryFollowUp: Codable, Hashable, Sendable {
    /// The reporting (providing) region.
    public var regionCode: String
    /// The agreement.
    public var agreementID: String
    /// The week (`2026-W11`).
    public var week: String
    /// Units delivered in the week (0 or more).
    public var delivered: Int
    /// The agreement's version the sender saw.
    public var basedOnVersion: Int
    /// A comment on deviations (Swedish), if any.
    public var comment: String?
    /// The node user who reported it (for the hub's audit trail).
    public var issuedBy: String?

    /// Creates a follow-up.
    public init(
        regionCode: String, agreementID: String, week: String, delivered: Int, basedOnVersion: Int,
        comment: String? = nil, issuedBy: String? = nil
    ) {
        self.regionCode = regionCode
        self.agreementID = agreementID
        self.week = week
        self.delivered = delivered
        self.basedOnVersion = basedOnVersion
        self.comment = comment
        self.issuedBy = issuedBy
    }

    /// `region/delivery/<agreement>/<week>`.
    public var naturalKey: NaturalKey {
        NaturalKey(owner: regionCode, kind: "delivery", parts: [agreementID, week])
    }
}
