/// What the driver of the exchange should do after a command: persist the changed things and tell the regions
/// concerned. Each case names the things that changed, with their new versions where there are several.
public enum ExchangeEffect: Hashable, Sendable {
    /// A request or offer was posted; regions within `radius` of `region` may be told.
    case posted(ExchangeEntity, id: String, region: String, radius: ExchangeRadius)
    /// A request's or offer's status or agreed volume changed.
    case postingChanged(ExchangeEntity, id: String, status: PostingStatus, remaining: Int, version: Int)
    /// A proposal was made to `owner`, the owner of its target.
    case proposalMade(id: String, owner: String)
    /// A proposal's status changed.
    case proposalChanged(id: String, status: ProposalStatus, version: Int)
    /// An agreement was made between the two regions.
    case agreementMade(id: String, provider: String, recipient: String, volume: ExchangeVolume)
    /// A delivery was recorded; `remaining` is what is left of the agreed volume.
    case deliveryRecorded(agreement: String, week: ISOWeek, count: Int, remaining: Int)
    /// The deliveries now add up to the agreed volume; the parties may complete the agreement.
    case fullyDelivered(agreement: String)
    /// An agreement's status changed.
    case agreementChanged(id: String, status: AgreementStatus, version: Int)
}
