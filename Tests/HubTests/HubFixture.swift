import Credentials
import Foundation
import Hub
import HubStore
import Hummingbird
import HummingbirdTesting
import PlanningDomain

/// A fresh in-memory hub with every tenant and the standard catalogue, and helpers to call it as a tenant.
struct HubFixture {
    let store: HubStore
    let now = Date(timeIntervalSince1970: 1_795_000_000)

    init() throws {
        store = try HubStore.inMemory()
        try store.ensureTenants(regions: SwedishRegion.all, agencyCode: "agency", agencyName: "Myndigheten")
        try store.seedCatalogue(agencyCode: "agency", at: now)
    }

    var application: some ApplicationProtocol {
        let now = now
        return buildHubApplication(configuration: HubServerConfiguration(port: 0), store: store, now: { now })
    }

    /// A bearer token for `tenant` with `role`.
    func token(_ tenant: String, _ role: HubRole) throws -> String {
        try store.issueCredential(tenantCode: tenant, role: role, label: "test \(tenant) \(role.rawValue)", at: now)
            .token.secret
    }

    /// The identity behind a new credential for `tenant` with `role`.
    func identity(_ tenant: String, _ role: HubRole) throws -> HubIdentity {
        let token = try store.issueCredential(tenantCode: tenant, role: role, label: "test", at: now).token
        guard let identity = try store.identity(for: token) else { throw FixtureError.noIdentity }
        return identity
    }

    enum FixtureError: Error { case noIdentity }
}

/// A JSON object from a response body.
func jsonObject(_ buffer: ByteBuffer) throws -> [String: Any] {
    try JSONSerialization.jsonObject(with: Data(String(buffer: buffer).utf8)) as? [String: Any] ?? [:]
}

extension TestClientProtocol {
    /// Calls the API as the holder of `token`, with an optional JSON body.
    func call(
        _ method: HTTPRequest.Method, _ uri: String, token: String?, json body: String? = nil
    ) async throws -> TestResponse {
        var headers: HTTPFields = [.contentType: "application/json"]
        if let token { headers[.authorization] = "Bearer \(token)" }
        return try await execute(
            uri: uri, method: method, headers: headers, body: body.map { ByteBuffer(string: $0) })
    }
}
