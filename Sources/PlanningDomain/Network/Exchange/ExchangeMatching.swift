/// Ranks offers for a request, and requests for an offer, by fit and distance, deterministically.
///
/// A candidate qualifies when it is live, from another region, for the same specialty (and the same
/// planning-object group when both name one), in the same unit, overlaps in time, and the two postings are
/// visible to each other's regions (each radius reaches the other region — a request limited to neighbours is
/// not matched with a far-away offer, even one offered nationally).
///
/// Qualified candidates are ordered by, in turn:
/// 1. group fit — the same planning-object group before a specialty-only match (it needs the same capacity);
/// 2. for requests ranked for an offer: priority, most urgent first;
/// 3. proximity — neighbour, then the same sjukvårdsregion, then the rest of the country (the escalation
///    asks nearest first, and patients travel less);
/// 4. coverage of the subject's remaining volume, larger first;
/// 5. share of the subject's weeks covered, larger first;
/// 6. straight-line distance, shorter first;
/// 7. id, so equal candidates always come out in the same order.
public enum ExchangeMatching {
    /// The live offers that could serve `request`, best first.
    public static func offers(for request: CapacityRequest, among offers: [CapacityOffer]) -> [ExchangeMatch] {
        offers.compactMap { match(subject: request, candidate: $0, request: request, offer: $0) }
            .sorted { order($0, $1, byPriority: false, idOf: \.offer) }
    }

    /// The live requests that `offer` could serve, best first.
    public static func requests(for offer: CapacityOffer, among requests: [CapacityRequest]) -> [ExchangeMatch] {
        requests.compactMap { match(subject: offer, candidate: $0, request: $0, offer: offer) }
            .sorted { order($0, $1, byPriority: true, idOf: \.request) }
    }

    private static func match(
        subject: some ExchangePosting, candidate: some ExchangePosting, request: CapacityRequest,
        offer: CapacityOffer
    ) -> ExchangeMatch? {
        guard candidate.status.isLive, subject.remainingCount > 0, candidate.region != subject.region,
            let fit = subject.group.fit(with: candidate.group), subject.volume.unit == candidate.volume.unit,
            let overlap = subject.period.overlap(with: candidate.period),
            candidate.isVisible(to: subject.owner), subject.isVisible(to: candidate.owner),
            let proximity = RegionProximity.between(subject.region, candidate.region),
            let from = SwedishRegion.withCode(subject.region), let to = SwedishRegion.withCode(candidate.region)
        else { return nil }
        let matchable = min(subject.remainingCount, candidate.remainingCount)
        return ExchangeMatch(
            request: request.id, offer: offer.id, counterpart: candidate.region, groupFit: fit, proximity: proximity,
            distanceKilometres: from.distanceKilometres(to: to), overlap: overlap,
            overlapShare: Double(overlap.weekCount) / Double(subject.period.weekCount), matchableCount: matchable,
            coverage: Double(matchable) / Double(subject.remainingCount), priority: request.priority)
    }

    private static func order(
        _ lhs: ExchangeMatch, _ rhs: ExchangeMatch, byPriority: Bool, idOf id: KeyPath<ExchangeMatch, String>
    ) -> Bool {
        if lhs.groupFit != rhs.groupFit { return lhs.groupFit > rhs.groupFit }
        if byPriority, lhs.priority != rhs.priority { return lhs.priority < rhs.priority }
        if lhs.proximity != rhs.proximity { return lhs.proximity < rhs.proximity }
        if lhs.coverage != rhs.coverage { return lhs.coverage > rhs.coverage }
        if lhs.overlapShare != rhs.overlapShare { return lhs.overlapShare > rhs.overlapShare }
        if lhs.distanceKilometres != rhs.distanceKilometres { return lhs.distanceKilometres < rhs.distanceKilometres }
        return lhs[keyPath: id] < rhs[keyPath: id]
    }
}
