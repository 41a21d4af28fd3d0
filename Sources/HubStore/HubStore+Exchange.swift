public import Foundation
import GRDB
public import PlanningDomain

extension HubStore {
    /// Runs one capacity-exchange command for the caller: loads the exchange, calls
    /// ``PlanningDomain/CapacityExchange/handle(_:)`` and stores every changed request, offer, proposal, agreement
    /// and delivery, all in ONE write transaction. Writes are serialised, so of two commands quoting the same
    /// version only the first succeeds; the second gets ``PlanningDomain/ExchangeError/staleVersion(_:id:expected:current:)``.
    ///
    /// - Returns: the exchange as the caller may see it afterwards, and the domain's effects.
    /// - Throws: ``PlanningDomain/ExchangeError`` from the domain, unchanged.
    public func handleExchange(
        _ action: ExchangeCommand.Action, comment: String = "", by identity: HubIdentity, at now: Date
    ) throws -> (exchange: CapacityExchange, effects: [ExchangeEffect]) {
        if PersonIdentifierScan.containsIdentifier([comment] + Self.texts(of: action)) {
            throw HubStoreError.invalid(
                "exchange",
                "Texten innehåller något som liknar ett personnummer; i kapacitetsutbytet delas bara volymer och "
                    + "veckor, aldrig patientuppgifter.")
        }
        return try writer.write { db in
            let before = try Self.loadExchange(in: db)
            var after = before
            let command = ExchangeCommand(
                action, by: identity.networkActor, at: HubDocument.timestamp(now), comment: comment)
            let effects = try after.handle(command)
            try Self.persist(after, comparedTo: before, at: now, in: db)
            try Self.audit(
                db, tenantID: identity.tenant.id, actor: identity.actor, action: "exchange.\(action.kind.rawValue)",
                target: Self.target(of: action), detail: comment, at: now)
            return (Self.visible(after, to: identity.networkTenant), effects)
        }
    }

    /// The exchange as the caller may see it: requests and offers within reach, proposals it made or received,
    /// agreements it is a party to (everything for the agency).
    public func exchange(visibleTo identity: HubIdentity) throws -> CapacityExchange {
        try writer.read { db in Self.visible(try Self.loadExchange(in: db), to: identity.networkTenant) }
    }

    static func visible(_ exchange: CapacityExchange, to tenant: NetworkTenant) -> CapacityExchange {
        CapacityExchange(
            requests: exchange.requests(visibleTo: tenant), offers: exchange.offers(visibleTo: tenant),
            proposals: exchange.proposals(visibleTo: tenant), agreements: exchange.agreements(visibleTo: tenant))
    }

    static func loadExchange(in db: Database) throws -> CapacityExchange {
        func documents(_ table: String) throws -> [String] {
            try String.fetchAll(db, sql: "SELECT document FROM \(table) ORDER BY position")
        }
        return CapacityExchange(
            requests: try documents("exchange_request").map { try HubDocument.decode(CapacityRequest.self, from: $0) },
            offers: try documents("exchange_offer").map { try HubDocument.decode(CapacityOffer.self, from: $0) },
            proposals: try documents("exchange_proposal").map {
                try HubDocument.decode(CapacityProposal.self, from: $0)
            },
            agreements: try documents("exchange_agreement").map {
                try HubDocument.decode(CapacityAgreement.self, from: $0)
            })
    }

    static func persist(
        _ after: CapacityExchange, comparedTo before: CapacityExchange, at now: Date, in db: Database
    ) throws {
        let requests = Dictionary(uniqueKeysWithValues: before.requests.map { ($0.id, $0) })
        for (position, request) in after.requests.enumerated() where requests[request.id] != request {
            try savePosting(request, table: "exchange_request", position: position, at: now, in: db)
        }
        let offers = Dictionary(uniqueKeysWithValues: before.offers.map { ($0.id, $0) })
        for (position, offer) in after.offers.enumerated() where offers[offer.id] != offer {
            try savePosting(offer, table: "exchange_offer", position: position, at: now, in: db)
        }
        let proposals = Dictionary(uniqueKeysWithValues: before.proposals.map { ($0.id, $0) })
        for (position, proposal) in after.proposals.enumerated() where proposals[proposal.id] != proposal {
            try db.execute(
                sql: """
                    INSERT INTO exchange_proposal (id, tenant_id, target_kind, target_id, status, version, position,
                        document, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (id) DO UPDATE SET status = excluded.status, version = excluded.version,
                        document = excluded.document, updated_at = excluded.updated_at
                    """,
                arguments: [
                    proposal.id, try tenantID(proposal.proposer, in: db), proposal.target.entity.rawValue,
                    proposal.target.id, proposal.status.rawValue, proposal.version, position,
                    try HubDocument.encode(proposal), now,
                ])
        }
        let agreements = Dictionary(uniqueKeysWithValues: before.agreements.map { ($0.id, $0) })
        for (position, agreement) in after.agreements.enumerated() where agreements[agreement.id] != agreement {
            try saveAgreement(agreement, position: position, at: now, in: db)
        }
        // Every path that changes the exchange (hub API, sync, expiry) ends here: the feed moves with the data.
        try recordExchangeChanges(after, comparedTo: before, db: db, at: now)
    }

    private static func savePosting(
        _ posting: some ExchangePosting & Encodable, table: String, position: Int, at now: Date, in db: Database
    ) throws {
        try db.execute(
            sql: """
                INSERT INTO \(table) (id, tenant_id, status, version, specialty, unit, volume, agreed, first_week,
                    last_week, radius, position, document, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET status = excluded.status, version = excluded.version,
                    agreed = excluded.agreed, document = excluded.document, updated_at = excluded.updated_at
                """,
            arguments: [
                posting.id, try tenantID(posting.region, in: db), posting.status.rawValue, posting.version,
                posting.group.specialty, posting.volume.unit.rawValue, posting.volume.count, posting.state.agreedCount,
                posting.period.first.description, posting.period.last.description, posting.radius.rawValue, position,
                try HubDocument.encode(posting), now,
            ])
    }

    private static func saveAgreement(_ agreement: CapacityAgreement, position: Int, at now: Date, in db: Database)
        throws
    {
        let provider = try tenantID(agreement.provider, in: db)
        try db.execute(
            sql: """
                INSERT INTO exchange_agreement (id, tenant_id, provider_tenant_id, status, version, unit, volume,
                    delivered, first_week, last_week, position, document, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET status = excluded.status, version = excluded.version,
                    delivered = excluded.delivered, document = excluded.document, updated_at = excluded.updated_at
                """,
            arguments: [
                agreement.id, try tenantID(agreement.recipient, in: db), provider, agreement.status.rawValue,
                agreement.version, agreement.volume.unit.rawValue, agreement.volume.count, agreement.deliveredCount,
                agreement.period.first.description, agreement.period.last.description, position,
                try HubDocument.encode(agreement), now,
            ])
        try db.execute(sql: "DELETE FROM exchange_delivery WHERE agreement_id = ?", arguments: [agreement.id])
        for delivery in agreement.deliveries {
            try db.execute(
                sql: "INSERT INTO exchange_delivery (agreement_id, tenant_id, week, delivered) VALUES (?, ?, ?, ?)",
                arguments: [agreement.id, provider, delivery.week.description, delivery.count])
        }
    }

    private static func tenantID(_ regionCode: String, in db: Database) throws -> Int64 {
        guard let tenant = try tenant(code: regionCode, in: db) else { throw HubStoreError.unknownTenant(regionCode) }
        return tenant.id
    }

    private static func texts(of action: ExchangeCommand.Action) -> [String] {
        switch action {
        case .postRequest(let request):
            [request.id, request.conditions, request.group.specialty, request.group.planningObjectGroup ?? ""]
        case .postOffer(let offer):
            [offer.id, offer.conditions, offer.group.specialty, offer.group.planningObjectGroup ?? ""]
        case .propose(let proposal): [proposal.id, proposal.conditions]
        default: []
        }
    }

    static func target(of action: ExchangeCommand.Action) -> String {
        switch action {
        case .postRequest(let request): "request:\(request.id)"
        case .postOffer(let offer): "offer:\(offer.id)"
        case .withdrawRequest(let id, _), .closeRequest(let id, _): "request:\(id)"
        case .withdrawOffer(let id, _), .closeOffer(let id, _): "offer:\(id)"
        case .propose(let proposal): "proposal:\(proposal.id)"
        case .acceptProposal(let id, _, _), .declineProposal(let id, _), .withdrawProposal(let id, _): "proposal:\(id)"
        case .acceptOffer(let id, _, _, _, _, _): "offer:\(id)"
        case .recordDelivery(let id, _, _, _), .completeAgreement(let id, _), .cancelAgreement(let id, _):
            "agreement:\(id)"
        }
    }
}
