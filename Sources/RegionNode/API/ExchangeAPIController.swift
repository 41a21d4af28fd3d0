import Foundation
import Hummingbird
import NodeStore
import PlanningDomain
import ServerSupport
import WireProtocol

/// The node's capacity-exchange API, v1: `GET /exchange` (the hub's state as this region may see it and the
/// region's own actions) and `POST /exchange/actions` (one action, stored and enqueued for the hub; 202, because
/// the hub decides at the next sync).
struct ExchangeAPIController<Context: NodeUserContext>: Sendable {
    let store: NodeStore
    let now: @Sendable () -> Date

    /// Largest accepted body.
    static var maximumBodyBytes: Int { 64 * 1024 }

    func addRoutes(to group: RouterGroup<Context>) {
        group.get("exchange") { _, context -> ExchangeAPI.Overview in
            _ = try context.requireUser()
            let service = ExchangeService(store: store, now: now)
            return ExchangeAPI.Overview(try await BlockingWork.run { try service.overview() })
        }
        group.post("exchange/actions") { request, context -> Response in
            let user = try context.requireUser() ?? WebViewer.localUser
            let input = try await Self.decode(request)
            let service = ExchangeService(store: store, now: now)
            let key = try await BlockingWork.run { try service.perform(input, by: user) }
            let data = try JSONEncoder.api.encode(ExchangeAPI.Accepted(key: key.rawValue, state: "waiting"))
            return Response(
                status: .accepted, headers: [.contentType: "application/json; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(bytes: data)))
        }
    }

    private static func decode(_ request: Request) async throws -> ExchangeActionInput {
        let body: ByteBuffer
        do {
            body = try await request.body.collect(upTo: maximumBodyBytes)
        } catch {
            throw APIError(
                .contentTooLarge, code: "exchange.too_large",
                message: "Åtgärden är större än \(maximumBodyBytes / 1024) KiB; korta villkor och kommentarer.")
        }
        do {
            return try JSONDecoder().decode(ExchangeActionInput.self, from: Data(body.readableBytesView))
        } catch {
            throw APIError.badRequest(
                "Åtgärdens JSON kan inte läsas. Skicka ett objekt med action (t.ex. \"offer\" eller \"accept-offer\") "
                    + "och fälten åtgärden behöver; se /api/v1/openapi.json.")
        }
    }
}

extension ExchangeAPI.Overview: ResponseEncodable {}
