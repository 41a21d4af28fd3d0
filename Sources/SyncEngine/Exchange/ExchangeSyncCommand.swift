public import PlanningDomain
public import WireProtocol

/// The bridge between the exchange streams' wire payloads and the hub's capacity exchange: an
/// ``WireProtocol/ExchangeMessage`` or ``WireProtocol/DeliveryFollowUp`` becomes one
/// ``PlanningDomain/ExchangeCommand/Action`` (structure checked here, the exchange's own rules when the hub runs
/// it), and an ``PlanningDomain/ExchangeError`` becomes the item's rejection in the receipt.
public enum ExchangeSyncCommand {
    /// The command an exchange message asks for, for the authenticated `region`; a rejection when the message is
    /// incomplete or malformed (a missing version, an unknown unit, a week range backwards, a new id not `<region>-…`).
    public static func action(
        of message: ExchangeMessage, region: String
    ) -> Result<ExchangeCommand.Action, ItemRejection> {
        Result { () throws(ItemRejection) in try build(message, region: region) }
    }

    /// The `recordDelivery` command a follow-up asks for.
    public static func action(of followUp: DeliveryFollowUp) -> Result<ExchangeCommand.Action, ItemRejection> {
        Result { () throws(ItemRejection) in
            let key = followUp.naturalKey
            let week = try self.week(followUp.week, key, "week")
            guard followUp.delivered >= 0 else {
                throw invalid(key, "delivered must be 0 or more, not \(followUp.delivered)")
            }
            return .recordDelivery(
                followUp.agreementID, expectedVersion: followUp.basedOnVersion, week: week, count: followUp.delivered)
        }
    }

    /// The receipt's rejection for a refusal by the exchange: `stale-exchange-version` for a stale version,
    /// `exchange-refused` otherwise, with the exchange's Swedish sentence and its code.
    public static func rejection(for error: ExchangeError) -> ItemRejection {
        let reason: ItemReason
        if case .staleVersion = error { reason = .staleExchangeVersion } else { reason = .exchangeRefused }
        return ItemRejection(reason, "\(error.swedishMessage) (\(error.code))")
    }

    /// The user id the hub records for a synced command: `regionnod:<issuedBy>` (or just `regionnod`).
    public static func userID(issuedBy: String?) -> String {
        let user = (issuedBy ?? "").trimmingWhitespace
        return user.isEmpty ? "regionnod" : "regionnod:\(user)"
    }

    private static func build(_ message: ExchangeMessage, region: String) throws(ItemRejection)
        -> ExchangeCommand.Action
    {
        let key = message.naturalKey
        let subject = message.subject
        guard !subject.trimmingWhitespace.isEmpty else { throw invalid(key, "subject is empty") }
        if message.kind.createsSubject {
            guard message.basedOnVersion == nil else {
                throw invalid(key, "\(message.kind.rawValue) creates \(subject) and quotes no basedOnVersion")
            }
            try requireOwnID(subject, region: region, key)
        }
        func version() throws(ItemRejection) -> Int {
            guard let version = message.basedOnVersion, version >= 1 else {
                throw invalid(key, "\(message.kind.rawValue) needs basedOnVersion (the version last seen, ≥ 1)")
            }
            return version
        }
        switch message.kind {
        case .postRequest:
            let terms = try posting(message, key)
            guard let priority = ExchangePriority(rawValue: terms.priority ?? "normal") else {
                throw invalid(key, "priority \(terms.priority ?? "") is not high, normal or low")
            }
            return .postRequest(
                CapacityRequest(
                    id: subject, region: region, group: try group(terms), volume: try volume(terms, key),
                    period: try period(terms.firstWeek, terms.lastWeek, key), priority: priority,
                    radius: try radius(terms.radius, key), conditions: terms.conditions ?? ""))
        case .postOffer:
            let terms = try posting(message, key)
            return .postOffer(
                CapacityOffer(
                    id: subject, region: region, group: try group(terms), volume: try volume(terms, key),
                    period: try period(terms.firstWeek, terms.lastWeek, key), radius: try radius(terms.radius, key),
                    conditions: terms.conditions ?? ""))
        case .withdrawRequest: return .withdrawRequest(subject, expectedVersion: try version())
        case .closeRequest: return .closeRequest(subject, expectedVersion: try version())
        case .withdrawOffer: return .withdrawOffer(subject, expectedVersion: try version())
        case .closeOffer: return .closeOffer(subject, expectedVersion: try version())
        case .propose:
            guard let terms = message.proposal else { throw invalid(key, "propose needs proposal terms") }
            let target: CapacityProposal.Target
            switch terms.targetKind {
            case "request": target = .request(terms.targetID)
            case "offer": target = .offer(terms.targetID)
            default: throw invalid(key, "targetKind \(terms.targetKind) is not request or offer")
            }
            return .propose(
                CapacityProposal(
                    id: subject, proposer: region, target: target, linked: terms.linked, count: terms.count,
                    period: try period(terms.firstWeek, terms.lastWeek, key), conditions: terms.conditions ?? ""))
        case .acceptProposal:
            let terms = try acceptance(message, region: region, key)
            return .acceptProposal(subject, expectedVersion: try version(), agreement: terms.agreementID)
        case .declineProposal: return .declineProposal(subject, expectedVersion: try version())
        case .withdrawProposal: return .withdrawProposal(subject, expectedVersion: try version())
        case .acceptOffer:
            let terms = try acceptance(message, region: region, key)
            guard let count = terms.count else { throw invalid(key, "acceptOffer needs acceptance.count") }
            var weeks: WeekRange?
            switch (terms.firstWeek, terms.lastWeek) {
            case (nil, nil): weeks = nil
            case let (first?, last?): weeks = try period(first, last, key)
            default: throw invalid(key, "acceptance needs both firstWeek and lastWeek, or neither")
            }
            return .acceptOffer(
                subject, expectedVersion: try version(), count: count, period: weeks, request: terms.requestID,
                agreement: terms.agreementID)
        case .completeAgreement: return .completeAgreement(subject, expectedVersion: try version())
        case .cancelAgreement: return .cancelAgreement(subject, expectedVersion: try version())
        }
    }

    private static func posting(_ message: ExchangeMessage, _ key: NaturalKey) throws(ItemRejection)
        -> ExchangePostingTerms
    {
        guard let terms = message.posting else { throw invalid(key, "\(message.kind.rawValue) needs posting terms") }
        return terms
    }

    private static func acceptance(
        _ message: ExchangeMessage, region: String, _ key: NaturalKey
    ) throws(ItemRejection) -> ExchangeAcceptanceTerms {
        guard let terms = message.acceptance else {
            throw invalid(key, "\(message.kind.rawValue) needs acceptance terms (the new agreement's id)")
        }
        try requireOwnID(terms.agreementID, region: region, key)
        return terms
    }

    private static func group(_ terms: ExchangePostingTerms) throws(ItemRejection) -> CapacityGroup {
        let group = terms.planningObjectGroup?.trimmingWhitespace
        return CapacityGroup(specialty: terms.specialty, planningObjectGroup: group?.isEmpty == true ? nil : group)
    }

    private static func volume(_ terms: ExchangePostingTerms, _ key: NaturalKey) throws(ItemRejection)
        -> ExchangeVolume
    {
        guard let unit = ExchangeUnit(rawValue: terms.unit) else {
            throw invalid(key, "unit \(terms.unit) is not visits, operations or bedDays")
        }
        return ExchangeVolume(terms.count, unit)
    }

    private static func radius(_ text: String, _ key: NaturalKey) throws(ItemRejection) -> ExchangeRadius {
        guard let radius = ExchangeRadius(rawValue: text) else {
            throw invalid(key, "radius \(text) is not neighbours, healthcareRegion or national")
        }
        return radius
    }

    private static func period(_ first: String, _ last: String, _ key: NaturalKey) throws(ItemRejection)
        -> WeekRange
    {
        guard let range = WeekRange(first: try week(first, key, "firstWeek"), last: try week(last, key, "lastWeek"))
        else { throw invalid(key, "the weeks \(first)…\(last) run backwards") }
        return range
    }

    private static func week(_ text: String, _ key: NaturalKey, _ field: String) throws(ItemRejection) -> ISOWeek {
        guard case .success(let week) = ISOWeek.parse(text) else {
            throw invalid(key, "\(field) \(text) is not an ISO week like 2026-W10")
        }
        return week
    }

    /// New ids are `<region>-…`, so two regions can never collide on (or squat) one another's ids.
    private static func requireOwnID(_ id: String, region: String, _ key: NaturalKey) throws(ItemRejection) {
        guard id.hasPrefix("\(region)-"), id.count > region.count + 1 else {
            throw invalid(key, "the new id \(id) must begin with the region's code and a hyphen (\(region)-…)")
        }
    }

    private static func invalid(_ key: NaturalKey, _ detail: String) -> ItemRejection {
        ItemRejection(.invalidPayload, "Item \(key): \(detail).")
    }
}

extension String {
    fileprivate var trimmingWhitespace: String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}

extension Result {
    /// The error, or nil on success.
    var rejection: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
