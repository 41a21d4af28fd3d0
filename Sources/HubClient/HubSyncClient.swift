public import AsyncHTTPClient
public import Foundation
import NIOCore
import NIOHTTP1
import NIOSSL
public import SyncEngine
public import WireProtocol

/// The node's typed client for the hub's sync API (`docs/sync-protocol.md` §2): signs every request with the
/// region key, sends the node's credential as a Bearer token, and turns every answer into the event the sync
/// machines expect — a receipt or feed, a ``WireProtocol/SyncError``, or a ``SyncEngine/TransportFailure``
/// (timeouts, refused connections, proxies' bare 502s and unreadable bodies are never success).
///
/// AsyncHTTPClient rather than URLSession: it is the server ecosystem's client (already built for the hub's
/// tests), has real per-request deadlines, and behaves the same on Linux and macOS.
public struct HubSyncClient: Sendable {
    /// The hub's base URL, e.g. `http://127.0.0.1:8090` (no trailing slash).
    public let baseURL: String
    private let token: String
    private let signer: any BatchSigner
    private let httpClient: HTTPClient
    private let now: @Sendable () -> Date
    /// Largest response body read, bytes.
    public var maximumResponseBytes = 32 * 1_048_576
    /// TLS for `https` hubs: the system's trust store, or only the certificate authorities of
    /// ``trustingCertificateAuthorities(inFile:)``. Hostname and chain are always verified.
    private var tlsConfiguration: TLSConfiguration?

    /// Creates a client. `httpClient` defaults to the process-wide shared client (no shutdown needed).
    public init(
        baseURL: String, token: String, signer: any BatchSigner, httpClient: HTTPClient = .shared,
        now: @escaping @Sendable () -> Date = { Date() }
    ) {
        var base = baseURL
        while base.hasSuffix("/") { base.removeLast() }
        self.baseURL = base
        self.token = token
        self.signer = signer
        self.httpClient = httpClient
        self.now = now
    }

    /// The same client verifying the hub's certificate against the PEM certificate authorities in `path` (a
    /// region's own CA, or the agency's) instead of the system's trust store.
    ///
    /// - Throws: ``HubClientError`` (`sync.ca_file`) naming the file when it cannot be read or holds no
    ///   certificate.
    public func trustingCertificateAuthorities(inFile path: String) throws(HubClientError) -> HubSyncClient {
        let certificates: [NIOSSLCertificate]
        do {
            certificates = try NIOSSLCertificate.fromPEMFile(path)
        } catch {
            throw HubClientError(
                code: "sync.ca_file",
                message: "CA-filen \(path) kunde inte läsas som PEM-certifikat (\(error)). Ange en fil med "
                    + "hubbens utfärdarcertifikat i PEM-format (hub.ca_file).")
        }
        guard !certificates.isEmpty else {
            throw HubClientError(
                code: "sync.ca_file",
                message: "CA-filen \(path) innehåller inget certifikat. Ange en PEM-fil med hubbens utfärdarcertifikat."
            )
        }
        var client = self
        var tls = TLSConfiguration.makeClientConfiguration()
        tls.trustRoots = .certificates(certificates)
        tls.certificateVerification = .fullVerification
        client.tlsConfiguration = tls
        return client
    }

    /// `POST /api/v1/sync/{stream}/batches`: the hub's receipt, its error, or the transport failure.
    public func push(_ batch: UploadBatch, timeoutMilliseconds: Int64) async -> UploadEvent {
        let body: [UInt8]
        do {
            body = try CanonicalJSON.encode(batch)
        } catch {
            return .storeFailed("The batch \(batch.batchID) could not be encoded: \(error)")
        }
        switch await send(
            method: .POST, path: SyncEndpoint.batches(batch.stream), batchID: batch.batchID, body: body,
            timeoutMilliseconds: timeoutMilliseconds)
        {
        case .failed(let failure): return .transportFailed(failure)
        case .answered(let status, let bytes):
            if status == 200 {
                guard let receipt = try? CanonicalJSON.decode(BatchReceipt.self, from: bytes) else {
                    return .transportFailed(.unreadableResponse)
                }
                return .receiptReceived(receipt)
            }
            guard let error = try? CanonicalJSON.decode(SyncError.self, from: bytes) else {
                return .transportFailed(.httpStatus(status))
            }
            return .errorReceived(error)
        }
    }

    /// `GET /api/v1/sync/{stream}/changes`: a feed page, the hub's error, or the transport failure.
    public func fetch(
        _ stream: SyncStream, after cursor: DownloadCursor, limit: Int, timeoutMilliseconds: Int64
    ) async -> DownloadEvent {
        switch await send(
            method: .GET, path: SyncEndpoint.changes(stream, after: cursor, limit: limit), batchID: "", body: [],
            timeoutMilliseconds: timeoutMilliseconds)
        {
        case .failed(let failure): return .transportFailed(failure)
        case .answered(let status, let bytes):
            if status == 200 {
                guard let feed = try? CanonicalJSON.decode(ChangeFeed.self, from: bytes) else {
                    return .transportFailed(.unreadableResponse)
                }
                return .feedReceived(feed)
            }
            guard let error = try? CanonicalJSON.decode(SyncError.self, from: bytes) else {
                return .transportFailed(.httpStatus(status))
            }
            return .errorReceived(error)
        }
    }

    /// `GET /api/v1/sync/{stream}/cursor`: what the hub has acknowledged for this region.
    public func cursor(_ stream: SyncStream, timeoutMilliseconds: Int64) async throws(HubClientError) -> StreamCursor {
        switch await send(
            method: .GET, path: SyncEndpoint.cursor(stream), batchID: "", body: [],
            timeoutMilliseconds: timeoutMilliseconds)
        {
        case .failed(let failure): throw HubClientError(transport: failure)
        case .answered(let status, let bytes):
            if status == 200, let cursor = try? CanonicalJSON.decode(StreamCursor.self, from: bytes) { return cursor }
            throw HubClientError(status: status, body: bytes)
        }
    }

    /// `GET /api/v1/whoami`: the tenant and role of the node's credential (the node learns its region from it).
    public func whoAmI(timeoutMilliseconds: Int64 = 10_000) async throws(HubClientError) -> HubCaller {
        var request = HTTPClientRequest(url: baseURL + "/api/v1/whoami")
        request.method = .GET
        request.headers.add(name: "Authorization", value: "Bearer \(token)")
        switch await execute(request, timeoutMilliseconds: timeoutMilliseconds) {
        case .failed(let failure): throw HubClientError(transport: failure)
        case .answered(let status, let bytes):
            if status == 200, let caller = try? JSONDecoder().decode(HubCaller.self, from: Data(bytes)) {
                return caller
            }
            throw HubClientError(status: status, body: bytes)
        }
    }

    private func send(
        method: HTTPMethod, path: String, batchID: String, body: [UInt8], timeoutMilliseconds: Int64
    ) async -> Answer {
        let timestamp = Int64(now().timeIntervalSince1970.rounded(.down))
        let signed: SignedRequestHeaders
        do {
            signed = try SignedRequestHeaders.sign(
                method: method.rawValue, path: path, batchID: batchID, body: body, timestamp: timestamp,
                signer: signer)
        } catch {
            // A signer that cannot sign is a local fault; the machines back off and try again.
            return .failed(.connectionFailed)
        }
        var request = HTTPClientRequest(url: baseURL + path)
        request.method = method
        request.headers.add(name: "Authorization", value: "Bearer \(token)")
        request.headers.add(name: "Content-Type", value: "application/json")
        for (name, value) in signed.fields.sorted(by: { $0.key < $1.key }) {
            request.headers.add(name: name, value: value)
        }
        if method == .POST { request.body = .bytes(body) }
        return await execute(request, timeoutMilliseconds: timeoutMilliseconds)
    }

    private func execute(
        _ request: HTTPClientRequest, timeoutMilliseconds: Int64
    ) async -> Answer {
        var request = request
        if let tlsConfiguration { request.tlsConfiguration = tlsConfiguration }
        do {
            let response = try await httpClient.execute(request, timeout: .milliseconds(max(1, timeoutMilliseconds)))
            let buffer = try await response.body.collect(upTo: maximumResponseBytes)
            return .answered(Int(response.status.code), Array(buffer.readableBytesView))
        } catch let error as HTTPClientError
            where error == .deadlineExceeded || error == .readTimeout || error == .connectTimeout
        {
            return .failed(.timeout)
        } catch {
            return .failed(.connectionFailed)
        }
    }
}

/// An HTTP exchange's result: the status and body, or why there was none.
enum Answer {
    case answered(Int, [UInt8])
    case failed(TransportFailure)
}

/// The hub's answer to `GET /api/v1/whoami`.
public struct HubCaller: Sendable, Hashable, Codable {
    /// The tenant's code: the region code for a node.
    public var tenant: String
    /// The tenant's name.
    public var tenantName: String
    /// The credential's role (`region-node` for a node).
    public var role: String
}

/// A hub call that did not give the expected answer, with a sentence for the operator.
public struct HubClientError: Error, Sendable, Hashable, CustomStringConvertible {
    /// `sync.<code>` from the hub, `transport.<kind>`, or `hub.http_<status>`.
    public var code: String
    /// What happened.
    public var message: String

    init(code: String, message: String) {
        self.code = code
        self.message = message
    }

    init(transport: TransportFailure) {
        code = transport.code
        message = "Hubben svarar inte (\(transport.text))."
    }

    init(status: Int, body: [UInt8]) {
        if let error = try? CanonicalJSON.decode(SyncError.self, from: body) {
            code = error.code.rawValue
            message = error.message
        } else if let object = try? JSONSerialization.jsonObject(with: Data(body)) as? [String: Any],
            let text = object["message"] as? String
        {
            code = (object["error"] as? String) ?? "hub.http_\(status)"
            message = text
        } else {
            code = "hub.http_\(status)"
            message = "Hubben svarade med HTTP \(status)."
        }
    }

    /// The message.
    public var description: String { message }
}
