/// An input to the capacity exchange: what is asked, by whom, when and why.
///
/// Every command on an existing request, offer, proposal or agreement quotes the version the actor last saw
/// (`expectedVersion`); if the thing has changed since, the command is refused with
/// ``ExchangeError/staleVersion(_:id:expected:current:)`` and nothing changes.
public struct ExchangeCommand: Hashable, Sendable, Codable {
    /// What is asked.
    public enum Action: Hashable, Sendable, Codable {
        /// Post a new request (by the requesting region).
        case postRequest(CapacityRequest)
        /// Post a new offer (by the offering region).
        case postOffer(CapacityOffer)
        /// Withdraw a live request (by its owner); agreements already made stay.
        case withdrawRequest(String, expectedVersion: Int)
        /// Close a request that is partially or fully matched (by its owner): no more volume is wanted.
        case closeRequest(String, expectedVersion: Int)
        /// Withdraw a live offer (by its owner); agreements already made stay.
        case withdrawOffer(String, expectedVersion: Int)
        /// Close an offer that is partially or fully matched (by its owner).
        case closeOffer(String, expectedVersion: Int)
        /// Answer another region's live request or offer within reach.
        case propose(CapacityProposal)
        /// Accept a pending proposal (by the owner of its target), creating agreement `agreement`.
        case acceptProposal(String, expectedVersion: Int, agreement: String)
        /// Decline a pending proposal (by the owner of its target); the comment is the reason (required).
        case declineProposal(String, expectedVersion: Int)
        /// Withdraw a pending proposal (by its proposer).
        case withdrawProposal(String, expectedVersion: Int)
        /// Take `count` units of another region's live offer within reach, over `period` (nil: the offer's
        /// period), optionally for the actor's own live `request`; creates agreement `agreement`.
        case acceptOffer(
            String, expectedVersion: Int, count: Int, period: WeekRange?, request: String?, agreement: String)
        /// Record what the provider delivered in `week` (replacing any earlier figure for that week).
        case recordDelivery(String, expectedVersion: Int, week: ISOWeek, count: Int)
        /// Mark a delivering agreement completed (by a party); a reason is required if volume remains.
        case completeAgreement(String, expectedVersion: Int)
        /// Cancel an active agreement (by a party or the agency); the comment is the reason (required).
        case cancelAgreement(String, expectedVersion: Int)

        /// The action without its payload.
        public var kind: Kind {
            switch self {
            case .postRequest: .postRequest
            case .postOffer: .postOffer
            case .withdrawRequest: .withdrawRequest
            case .closeRequest: .closeRequest
            case .withdrawOffer: .withdrawOffer
            case .closeOffer: .closeOffer
            case .propose: .propose
            case .acceptProposal: .acceptProposal
            case .declineProposal: .declineProposal
            case .withdrawProposal: .withdrawProposal
            case .acceptOffer: .acceptOffer
            case .recordDelivery: .recordDelivery
            case .completeAgreement: .completeAgreement
            case .cancelAgreement: .cancelAgreement
            }
        }
    }

    /// The kinds of action, without payload.
    public enum Kind: String, CaseIterable, Hashable, Sendable, Codable {
        /// See ``Action/postRequest(_:)``.
        case postRequest
        /// See ``Action/postOffer(_:)``.
        case postOffer
        /// See ``Action/withdrawRequest(_:expectedVersion:)``.
        case withdrawRequest
        /// See ``Action/closeRequest(_:expectedVersion:)``.
        case closeRequest
        /// See ``Action/withdrawOffer(_:expectedVersion:)``.
        case withdrawOffer
        /// See ``Action/closeOffer(_:expectedVersion:)``.
        case closeOffer
        /// See ``Action/propose(_:)``.
        case propose
        /// See ``Action/acceptProposal(_:expectedVersion:agreement:)``.
        case acceptProposal
        /// See ``Action/declineProposal(_:expectedVersion:)``.
        case declineProposal
        /// See ``Action/withdrawProposal(_:expectedVersion:)``.
        case withdrawProposal
        /// See ``Action/acceptOffer(_:expectedVersion:count:period:request:agreement:)``.
        case acceptOffer
        /// See ``Action/recordDelivery(_:expectedVersion:week:count:)``.
        case recordDelivery
        /// See ``Action/completeAgreement(_:expectedVersion:)``.
        case completeAgreement
        /// See ``Action/cancelAgreement(_:expectedVersion:)``.
        case cancelAgreement

        /// The Swedish verb phrase, e.g. "återkalla".
        public var swedishName: String {
            switch self {
            case .postRequest, .postOffer: "publicera"
            case .withdrawRequest, .withdrawOffer, .withdrawProposal: "återkalla"
            case .closeRequest, .closeOffer: "stänga"
            case .propose: "svara på"
            case .acceptProposal, .acceptOffer: "acceptera"
            case .declineProposal: "avböja"
            case .recordDelivery: "rapportera leverans för"
            case .completeAgreement: "avsluta"
            case .cancelAgreement: "avbryta"
            }
        }
    }

    /// What is asked.
    public var action: Action
    /// Who asks (tenant from the credential, and user).
    public var actor: NetworkActor
    /// When, as an ISO 8601 timestamp given by the caller (e.g. "2025-03-14T09:30:00+01:00").
    public var timestamp: String
    /// Why: free text; required to decline a proposal, cancel an agreement or complete one short.
    public var comment: String

    /// Creates a command.
    public init(_ action: Action, by actor: NetworkActor, at timestamp: String, comment: String = "") {
        self.action = action
        self.actor = actor
        self.timestamp = timestamp
        self.comment = comment
    }
}
