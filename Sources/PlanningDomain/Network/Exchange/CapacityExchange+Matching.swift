extension CapacityExchange {
    /// The offers that could serve request `id`, best first (see ``ExchangeMatching``), if `tenant` may see the
    /// request; only offers `tenant` may see are considered.
    public func rankedOffers(forRequest id: String, visibleTo tenant: NetworkTenant) -> [ExchangeMatch]? {
        guard let request = request(id, visibleTo: tenant) else { return nil }
        return ExchangeMatching.offers(for: request, among: offers(visibleTo: tenant))
    }

    /// The requests offer `id` could serve, best first (see ``ExchangeMatching``), if `tenant` may see the offer;
    /// only requests `tenant` may see are considered.
    public func rankedRequests(forOffer id: String, visibleTo tenant: NetworkTenant) -> [ExchangeMatch]? {
        guard let offer = offer(id, visibleTo: tenant) else { return nil }
        return ExchangeMatching.requests(for: offer, among: requests(visibleTo: tenant))
    }
}
