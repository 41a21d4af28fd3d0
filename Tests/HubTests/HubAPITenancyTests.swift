import Credentials
import Foundation
import Hub
import HubStore
import Hummingbird
import HummingbirdTesting
import PlanningDomain
import ServerSupport
import Testing

/// The tenant boundary over HTTP: the tenant always comes from the credential; other tenants' things are invisible.
@Suite("Hub API tenancy")
struct HubAPITenancyTests {
    let store: HubStore
    let now = Date(timeIntervalSince1970: 1_795_000_000)

    init() throws {
        store = try HubStore.inMemory()
        try store.ensureTenants(regions: SwedishRegion.all, agencyCode: "agency", agencyName: "Myndigheten")
    }

    var application: some ApplicationProtocol {
        let now = now
        return buildHubApplication(configuration: HubServerConfiguration(port: 0), store: store, now: { now })
    }

    func json(_ buffer: ByteBuffer) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(String(buffer: buffer).utf8)) as? [String: Any] ?? [:]
    }

    @Test func whoAmIComesFromTheTokenAndUnknownTokensAre401() async throws {
        let token = try store.issueCredential(tenantCode: "05", role: .regionNode, label: "nod", at: now).token
        try await application.test(.router) { client in
            try await client.execute(
                uri: "/api/v1/whoami", method: .get, headers: [.authorization: "Bearer \(token.secret)"]
            ) { response in
                #expect(response.status == .ok)
                let body = try json(response.body)
                #expect(body["tenant"] as? String == "05")
            }
            try await client.execute(
                uri: "/api/v1/whoami", method: .get, headers: [.authorization: "Bearer blns_nope"]
            ) { response in
                #expect(response.status == .unauthorized)
                let body = try json(response.body)
                #expect(body["error"] as? String == "auth.invalid")
            }
            try await client.execute(uri: "/api/v1/whoami", method: .get) { #expect($0.status == .unauthorized) }
        }
    }

    @Test func onlyTheAgencyAdminIssuesCredentialsAndTheSecretIsShownOnce() async throws {
        let admin = try store.issueCredential(tenantCode: "agency", role: .agencyAdmin, label: "admin", at: now).token
        let region = try store.issueCredential(tenantCode: "05", role: .regionUser, label: "skript", at: now).token
        let body = #"{"tenant":"06","role":"region-node","label":"Regionnod Jönköping"}"#
        try await application.test(.router) { client in
            try await client.execute(
                uri: "/api/v1/credentials", method: .post,
                headers: [.authorization: "Bearer \(region.secret)", .contentType: "application/json"],
                body: ByteBuffer(string: body)
            ) { #expect($0.status == .forbidden) }
            let secret = try await client.execute(
                uri: "/api/v1/credentials", method: .post,
                headers: [.authorization: "Bearer \(admin.secret)", .contentType: "application/json"],
                body: ByteBuffer(string: body)
            ) { response in
                #expect(response.status == .ok)
                return try json(response.body)["token"] as? String
            }
            let issued = try #require(secret)
            try await client.execute(
                uri: "/api/v1/whoami", method: .get, headers: [.authorization: "Bearer \(issued)"]
            ) { response in
                let body = try json(response.body)
                #expect(body["tenant"] as? String == "06")
            }
            try await client.execute(
                uri: "/api/v1/credentials", method: .get, headers: [.authorization: "Bearer \(admin.secret)"]
            ) { response in
                #expect(!String(buffer: response.body).contains(issued))
            }
        }
    }

    @Test func aRegionRevokingAnotherRegionsCredentialGets404AndItKeepsWorking() async throws {
        let other = try store.issueCredential(tenantCode: "08", role: .regionNode, label: "nod", at: now)
        let region = try store.issueCredential(tenantCode: "05", role: .regionUser, label: "skript", at: now).token
        try await application.test(.router) { client in
            try await client.execute(
                uri: "/api/v1/credentials/\(other.credential.id)", method: .delete,
                headers: [.authorization: "Bearer \(region.secret)"]
            ) { #expect($0.status == .notFound) }
            try await client.execute(
                uri: "/api/v1/whoami", method: .get, headers: [.authorization: "Bearer \(other.token.secret)"]
            ) { #expect($0.status == .ok) }
        }
    }
}
