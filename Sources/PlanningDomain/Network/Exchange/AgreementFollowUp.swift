/// Follow-up of an agreement: delivered against agreed volume, week by week and in total, as of a week.
///
/// The agreed volume is spread evenly over the agreement's weeks as the weekly plan (whole units; the
/// remainder goes to the first weeks, so 10 over 4 weeks is 3, 3, 2, 2). The same way own production is
/// followed up against the production plan.
public struct AgreementFollowUp: Hashable, Sendable {
    /// One week's line.
    public struct Week: Hashable, Sendable {
        /// The week.
        public var week: ISOWeek
        /// The planned volume (even spread).
        public var planned: Int
        /// The delivered volume recorded.
        public var delivered: Int
        /// Planned up to and including this week.
        public var cumulativePlanned: Int
        /// Delivered up to and including this week.
        public var cumulativeDelivered: Int

        /// Delivered minus planned this week (negative: behind).
        public var deviation: Int { delivered - planned }
    }

    /// The agreement's id.
    public var agreement: String
    /// The unit counted.
    public var unit: ExchangeUnit
    /// Every week of the agreement, in order.
    public var weeks: [Week]
    /// The agreed volume.
    public var agreed: Int
    /// Everything delivered so far (including weeks after `asOf`, if recorded).
    public var delivered: Int
    /// Agreed minus delivered, never negative.
    public var remaining: Int
    /// Delivered as a share of agreed, 0…1.
    public var shareDelivered: Double
    /// The week the follow-up is made in.
    public var asOf: ISOWeek
    /// Planned up to and including `asOf`.
    public var plannedToDate: Int
    /// Delivered up to and including `asOf`.
    public var deliveredToDate: Int

    /// How far deliveries lag the even plan at `asOf`; 0 when on or ahead of plan.
    public var behindPlan: Int { max(0, plannedToDate - deliveredToDate) }

    /// The follow-up of `agreement` as of `asOf` (time is a parameter; weeks before the period give zeros).
    public init(_ agreement: CapacityAgreement, asOf: ISOWeek) {
        let periodWeeks = agreement.period.weeks
        let total = agreement.volume.count
        let base = total / periodWeeks.count
        let extra = total % periodWeeks.count
        var rows: [Week] = []
        var cumulativePlanned = 0
        var cumulativeDelivered = 0
        for (offset, week) in periodWeeks.enumerated() {
            let planned = base + (offset < extra ? 1 : 0)
            let delivered = agreement.delivered(in: week)
            cumulativePlanned += planned
            cumulativeDelivered += delivered
            rows.append(
                Week(
                    week: week, planned: planned, delivered: delivered, cumulativePlanned: cumulativePlanned,
                    cumulativeDelivered: cumulativeDelivered))
        }
        let upToDate = rows.last { $0.week <= asOf }
        self.agreement = agreement.id
        unit = agreement.volume.unit
        weeks = rows
        agreed = total
        delivered = agreement.deliveredCount
        remaining = agreement.remainingCount
        shareDelivered = agreement.shareDelivered
        self.asOf = asOf
        plannedToDate = upToDate?.cumulativePlanned ?? 0
        deliveredToDate = upToDate?.cumulativeDelivered ?? 0
    }
}
