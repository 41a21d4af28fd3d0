import Foundation
import GRDB
import PlanningDomain
import SyncEngine
import WireProtocol

/// The capacity exchange over sync: an accepted item of `exchange-messages` or `delivery-follow-ups` runs as one
/// ``PlanningDomain/ExchangeCommand`` inside the batch's write transaction, with the authenticated region as actor.
extension HubStore {
    /// Runs `item` on the exchange and stores what changed (and appends it to `exchange-state`, see ``persist``).
    ///
    /// - Returns: nil when the command ran; the item's rejection when the exchange refused it (stale version, not
    ///   permitted, not allowed in its status, …) or when an already applied message would be changed.
    /// - Throws: database errors only (the caller fails the whole batch).
    static func carryOutExchangeItem(
        _ item: UploadItem, stream: SyncStream, region: String, replacing existing: HubRecord?, db: Database,
        at now: Date
    ) throws -> ItemRejection? {
        let action: ExchangeCommand.Action
        let comment: String
        let issuedBy: String?
        let detail: String
        switch stream {
        case .exchangeMessages:
            // A message is a command that already ran: a different body under its key cannot be run again.
            if existing != nil {
                return ItemRejection(
                    .invalidPayload,
                    "Meddelandet \(item.key) har redan behandlats av navet och kan inte ändras; skicka ett nytt "
                        + "meddelande med ett nytt id.")
            }
            guard let message = try? item.decodePayload(as: ExchangeMessage.self) else {
                return ItemRejection(.invalidPayload, "Item \(item.key) is not an exchange message.")
            }
            switch ExchangeSyncCommand.action(of: message, region: region) {
            case .failure(let rejection): return rejection
            case .success(let built): action = built
            }
            comment = message.comment ?? ""
            issuedBy = message.issuedBy
            detail = "synk: \(message.messageID)"
        case .deliveryFollowUps:
            guard let followUp = try? item.decodePayload(as: DeliveryFollowUp.self) else {
                return ItemRejection(.invalidPayload, "Item \(item.key) is not a delivery follow-up.")
            }
            switch ExchangeSyncCommand.action(of: followUp) {
            case .failure(let rejection): return rejection
            case .success(let built): action = built
            }
            comment = followUp.comment ?? ""
            issuedBy = followUp.issuedBy
            detail = "synk: \(followUp.week)"
        default:
            return nil
        }
        guard let tenant = try tenant(code: region, in: db) else { throw HubStoreError.unknownTenant(region) }
        let userID = ExchangeSyncCommand.userID(issuedBy: issuedBy)
        let command = ExchangeCommand(
            action, by: .region(region, user: userID), at: HubDocument.timestamp(now), comment: comment)
        let before = try loadExchange(in: db)
        var after = before
        do {
            _ = try after.handle(command)
        } catch {
            return ExchangeSyncCommand.rejection(for: error)
        }
        try persist(after, comparedTo: before, at: now, in: db)
        try audit(
            db, tenantID: tenant.id, actor: userID, action: "exchange.\(action.kind.rawValue)",
            target: target(of: action), detail: detail, at: now)
        return nil
    }
}
