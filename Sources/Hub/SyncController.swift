import Credentials
import Foundation
import HubStore
import Hummingbird
import PlanningDomain
import SyncEngine
import WireProtocol

/// The sync API (`docs/sync-protocol.md`): `POST /api/v1/sync/{stream}/batches`, `GET …/changes` and
/// `GET …/cursor`. Every request needs the node's credential as `Authorization: Bearer …` and the signature
/// headers; the region is the credential's tenant, and the signing key must be the one registered with it.
/// Every refusal is a ``WireProtocol/SyncError`` body, so a node can tell "stop" from "retry" (this group handles
/// the Bearer token itself rather than through ``HubAuthMiddleware``, whose errors are not sync errors).
struct SyncController: Sendable {
    let store: HubStore
    let now: @Sendable () -> Date
    let maximumBodyBytes: Int
    /// Called after an indicator batch committed new or changed values (wakes the comparison publisher).
    var indicatorsCommitted: @Sendable () -> Void = {}
    /// The catalogue batches are checked against (its version is the one accepted).
    var catalogue: IndicatorCatalogue = .standard

    func addRoutes(to router: Router<HubRequestContext>) {
        let group = router.group("api/v1/sync")
        group.post(":stream/batches") { request, context in try await push(request, context: context) }
        group.get(":stream/changes") { request, context in try await changes(request, context: context) }
        group.get(":stream/cursor") { request, context in try await cursor(request, context: context) }
    }

    private func push(_ request: Request, context: HubRequestContext) async throws -> Response {
        let segment = context.parameters.get("stream") ?? ""
        var request = request
        let body: [UInt8]
        do {
            body = Array(try await request.collectBody(upTo: maximumBodyBytes).readableBytesView)
        } catch {
            return Self.answer(
                HubSyncHandler.response(
                    SyncError(
                        .batchTooLarge,
                        "The batch is larger than the hub's \(maximumBodyBytes) bytes; send fewer "
                            + "items per batch.", stream: SyncStream(rawValue: segment))))
        }
        let verifier: CredentialBatchVerifier
        switch try await authenticate(request) {
        case .failure(let error): return Self.answer(HubSyncHandler.response(error))
        case .success(let result): verifier = result
        }
        let handler = HubSyncHandler(
            ingest: HubIngest(
                acceptedCatalogueVersions: [catalogue.version], validator: SyncCatalogue.validator(catalogue)),
            verifier: verifier)
        let headers = Self.fields(request)
        let path = request.uri.description
        let response = try await Self.blocking { [store, now] in
            store.syncPush(
                handler: handler, streamSegment: segment, path: path, headers: headers, body: body, now: now())
        }
        if segment == SyncStream.indicators.rawValue, response.mustCommit, response.status == 200 {
            indicatorsCommitted()
        }
        return Self.answer(response)
    }

    private func changes(_ request: Request, context: HubRequestContext) async throws -> Response {
        let segment = context.parameters.get("stream") ?? ""
        guard let stream = SyncStream(rawValue: segment), stream.direction == .down else {
            return Self.answer(HubSyncHandler.response(Self.unknownStream(segment, direction: .down)))
        }
        let verifier: CredentialBatchVerifier
        switch try await authenticate(request) {
        case .failure(let error): return Self.answer(HubSyncHandler.response(error))
        case .success(let result): verifier = result
        }
        if let error = verifySignature(request, verifier: verifier) {
            return Self.answer(HubSyncHandler.response(error))
        }
        let query = request.uri.queryParameters
        guard let after = Int64(query["after"].map(String.init) ?? "0"), after >= 0,
            let limit = Int(query["limit"].map(String.init) ?? "500"), limit >= 1
        else {
            return Self.answer(
                HubSyncHandler.response(
                    SyncError(.malformedRequest, "after must be a whole number ≥ 0 and limit ≥ 1.", stream: stream)))
        }
        let epoch = query["epoch"].map(String.init) ?? ""
        let result = try await Self.blocking { [store] in
            try store.syncChanges(
                stream: stream, after: after, epoch: epoch, limit: min(limit, 1_000),
                region: verifier.identity.tenant.code)
        }
        switch result {
        case .failure(let error): return Self.answer(HubSyncHandler.response(error))
        case .success(let feed): return Self.answer(HubResponse(status: 200, body: try CanonicalJSON.encode(feed)))
        }
    }

    private func cursor(_ request: Request, context: HubRequestContext) async throws -> Response {
        let segment = context.parameters.get("stream") ?? ""
        guard let stream = SyncStream(rawValue: segment), stream.direction == .up else {
            return Self.answer(HubSyncHandler.response(Self.unknownStream(segment, direction: .up)))
        }
        let verifier: CredentialBatchVerifier
        switch try await authenticate(request) {
        case .failure(let error): return Self.answer(HubSyncHandler.response(error))
        case .success(let result): verifier = result
        }
        if let error = verifySignature(request, verifier: verifier) {
            return Self.answer(HubSyncHandler.response(error))
        }
        let region = verifier.identity.tenant.code
        let acknowledged = try await Self.blocking { [store] in
            try store.syncAcknowledged(region: region, stream: stream)
        }
        let body = try CanonicalJSON.encode(StreamCursor(stream: stream, acknowledgedThrough: acknowledged))
        return Self.answer(HubResponse(status: 200, body: body))
    }

    /// The Bearer token's credential, which must be a region node's with a registered public key whose id the
    /// request names.
    private func authenticate(_ request: Request) async throws -> Result<CredentialBatchVerifier, SyncError> {
        guard let header = request.headers[.authorization], header.hasPrefix("Bearer "),
            case let secret = String(header.dropFirst(7)), !secret.isEmpty
        else {
            return .failure(
                SyncError(.unauthenticated, "Send the node's hub credential as Authorization: Bearer <token>."))
        }
        let identity = try await Self.blocking { [store] in try store.identity(for: AccessToken(secret: secret)) }
        guard let identity else {
            return .failure(
                SyncError(.unauthenticated, "The hub credential is unknown or revoked; ask the agency for a new one."))
        }
        guard identity.role == .regionNode, identity.tenant.kind == .region else {
            return .failure(
                SyncError(
                    .forbidden,
                    "Only a region node's credential (role region-node) may sync; this one is "
                        + "\(identity.role.rawValue) for \(identity.tenant.code)."))
        }
        let verifier = CredentialBatchVerifier(identity: identity)
        guard let registered = verifier.registeredKeyID else {
            return .failure(
                SyncError(
                    .unauthenticated,
                    "No signing key is registered for this credential of region "
                        + "\(identity.tenant.code); issue it with the node's public key (balans hub credential "
                        + "--public-key)."))
        }
        let claimed = Self.fields(request).first { $0.key.lowercased() == "balans-key-id" }?.value ?? ""
        guard claimed == registered else {
            return .failure(
                SyncError(
                    .unauthenticated,
                    "The request is signed with key \"\(claimed)\", but the key registered for "
                        + "region \(identity.tenant.code)'s credential is \"\(registered)\"; sign with the "
                        + "registered key or register the new one."))
        }
        return .success(verifier)
    }

    private func verifySignature(_ request: Request, verifier: CredentialBatchVerifier) -> SyncError? {
        do {
            let signed = try SignedRequestHeaders(fields: Self.fields(request))
            let result = signed.verify(
                method: "GET", path: request.uri.description, body: [],
                now: Int64(now().timeIntervalSince1970.rounded(.down)), verifier: verifier)
            if case .failure(let error) = result { return error }
            return nil
        } catch {
            return error
        }
    }

    private static func unknownStream(_ segment: String, direction: SyncDirection) -> SyncError {
        SyncError(
            .unknownStream,
            "There is no sync stream \"\(segment)\" that nodes \(direction == .up ? "push to" : "pull from").")
    }

    private static func fields(_ request: Request) -> [String: String] {
        var fields: [String: String] = [:]
        for field in request.headers { fields[field.name.canonicalName] = field.value }
        return fields
    }

    private static func answer(_ response: HubResponse) -> Response {
        Response(
            status: HTTPResponse.Status(code: response.status),
            headers: [.contentType: "application/json; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(bytes: response.body)))
    }

    /// SQLite work runs off the server's event loops.
    private static func blocking<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await StoreWork.offloaded { Result { try work() } }.get()
    }
}
