public import Hummingbird
import NodeStore

/// `GET /api/v1/sync/status`: the node's per-stream sync status (``SyncStatusReport``), for any logged-in user.
struct SyncStatusController<Context: NodeUserContext>: Sendable {
    let store: NodeStore

    func addRoutes(to group: RouterGroup<Context>) {
        group.get("sync/status") { _, context -> SyncStatusReport in
            _ = try context.requireUser()
            return try await BlockingWork.run { [store] in try SyncStatusReport.read(from: store) }
        }
    }
}

extension SyncStatusReport: ResponseEncodable {}
