import Foundation
import GRDB
import PlanningDomain
import SyncEngine
import WireProtocol

extension HubStore {
    /// The actor recorded for workflow commands that arrive over sync (the region node, not a person).
    static let syncActor = "synk"

    /// Applies one `learning-examples` submission to the review workflow, in the batch's transaction, as if the
    /// region had submitted it in the hub: revision 1 of an unknown example creates it (id `<region>-<exampleID>`)
    /// and submits it; revision N + 1 of the region's example reopens it if it was published or rejected, replaces
    /// the draft and submits it. The same revision again with the same content is already applied (nil); anything
    /// the workflow refuses — another region's example, a revision out of order, a resubmission while the previous
    /// revision is under review — is the item's rejection, with the workflow's Swedish sentence.
    static func applyLearningSubmission(
        _ item: UploadItem, region: String, db: Database, at now: Date
    ) throws -> ItemRejection? {
        guard let submission = try? item.decodePayload(as: LearningExampleSubmission.self) else {
            return ItemRejection(.invalidPayload, "Item \(item.key) is not a learning-example submission.")
        }
        let content: LearningExampleContent
        switch RegionWriteValidation.content(of: submission) {
        case .success(let valid): content = valid
        case .failure(let rejection): return rejection
        }
        guard let tenant = try tenant(code: region, in: db) else { throw HubStoreError.unknownTenant(region) }
        let identity = HubIdentity(tenant: tenant, role: .regionNode, actor: syncActor)
        let id = submission.hubExampleID
        let timestamp = HubDocument.timestamp(now)
        do {
            guard let existing = try loadExample(id: id, in: db) else {
                guard submission.revision == 1 else {
                    return conflict(
                        "Exemplet \(id) finns inte i hubben; revision \(submission.revision) kan inte tas emot före "
                            + "revision 1.")
                }
                var example = try LearningExample(
                    id: id, content: content, createdBy: identity.networkActor, at: timestamp)
                _ = try example.handle(
                    LearningExampleCommand(.submit, by: identity.networkActor, at: timestamp, expectedVersion: 1))
                try save(example, previous: nil, tenantID: tenant.id, at: now, in: db)
                try audit(
                    db, tenantID: tenant.id, actor: syncActor, action: "learning.submit",
                    target: "learning:\(id)", detail: "revision 1 via synk", at: now)
                return nil
            }
            guard existing.owner == region else {
                return ItemRejection(.notOwner, "Exemplet \(id) tillhör region \(existing.owner).")
            }
            let latest = existing.latestRevision?.number ?? 0
            if submission.revision <= latest {
                let sent = existing.revisions.first { $0.number == submission.revision }?.content
                return sent == content
                    ? nil
                    : conflict(
                        "Revision \(submission.revision) av \(id) finns redan i hubben med annat innehåll; skicka "
                            + "ändringarna som revision \(latest + 1).")
            }
            guard submission.revision == latest + 1 else {
                return conflict(
                    "Revision \(submission.revision) av \(id) kan inte tas emot: hubben har revision \(latest); "
                        + "revisionerna tas emot i ordning.")
            }
            var example = existing
            let actor = identity.networkActor
            if example.status == .published || example.status == .rejected {
                _ = try example.handle(
                    LearningExampleCommand(.reopen, by: actor, at: timestamp, expectedVersion: example.version))
            }
            _ = try example.handle(
                LearningExampleCommand(.edit(content), by: actor, at: timestamp, expectedVersion: example.version))
            _ = try example.handle(
                LearningExampleCommand(.submit, by: actor, at: timestamp, expectedVersion: example.version))
            try save(example, previous: existing, tenantID: tenant.id, at: now, in: db)
            try audit(
                db, tenantID: tenant.id, actor: syncActor, action: "learning.submit", target: "learning:\(id)",
                detail: "revision \(submission.revision) via synk", at: now)
            return nil
        } catch let error as LearningExampleError {
            return conflict(error.description)
        }
    }

    private static func conflict(_ message: String) -> ItemRejection {
        ItemRejection(.workflowConflict, message)
    }
}
