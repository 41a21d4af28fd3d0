/// What an exchange message asks the hub's capacity exchange to do: one region-issued command of
/// `PlanningDomain.ExchangeCommand` (raw values are the command kinds' names). Deliveries travel on their own
/// stream (``DeliveryFollowUp``).
public enum ExchangeMessageKind: String, Codable, Sendable, CaseIterable {
    /// Post a new request (``ExchangeMessage/posting`` holds it; `subject` is its new id).
    case postRequest
    /// Post a new offer (``ExchangeMessage/posting`` holds it; `subject` is its new id).
    case postOffer
    /// Withdraw the sender's live request `subject`.
    case withdrawRequest
    /// Close the sender's partially or fully matched request `subject`.
    case closeRequest
    /// Withdraw the sender's live offer `subject`.
    case withdrawOffer
    /// Close the sender's partially or fully matched offer `subject`.
    case closeOffer
    /// Answer another region's request or offer (``ExchangeMessage/proposal``; `subject` is the new proposal id).
    case propose
    /// Accept the pending proposal `subject` made to the sender (``ExchangeMessage/acceptance`` names the agreement).
    case acceptProposal
    /// Decline the pending proposal `subject` made to the sender; `comment` is the reason (required).
    case declineProposal
    /// Withdraw the sender's own pending proposal `subject`.
    case withdrawProposal
    /// Take part or all of another region's offer `subject` directly (``ExchangeMessage/acceptance``).
    case acceptOffer
    /// Mark the delivering agreement `subject` completed (a reason in `comment` if volume remains).
    case completeAgreement
    /// Cancel the active agreement `subject`; `comment` is the reason (required).
    case cancelAgreement

    /// Whether the message creates something new (no ``ExchangeMessage/basedOnVersion``).
    public var createsSubject: Bool { self == .postRequest || self == .postOffer || self == .propose }
}
