import Credentials
import Foundation
import GRDB
import HubStore
import PlanningDomain
import ServerSupport
import Testing

@Suite struct CredentialTests {
    let store: HubStore
    let now = Date(timeIntervalSince1970: 1_795_000_000)

    init() throws {
        store = try HubStore.inMemory()
        try store.ensureTenants(regions: SwedishRegion.all, agencyCode: "agency", agencyName: "Myndigheten")
    }

    @Test func issuedTokenResolvesToItsTenantAndRoleAndIsStoredOnlyAsAHash() throws {
        let issued = try store.issueCredential(tenantCode: "05", role: .regionNode, label: "nod", at: now)
        let identity = try #require(try store.identity(for: issued.token))
        #expect(identity.tenant.code == "05")
        #expect(identity.role == .regionNode)
        let stored = try store.writer.read { db in try String.fetchAll(db, sql: "SELECT token_hash FROM credential") }
        #expect(stored == [issued.token.hash])
        #expect(!stored.contains(issued.token.secret))
    }

    @Test func revokedTokenStopsWorkingAtOnce() throws {
        let admin = try store.issueCredential(tenantCode: "agency", role: .agencyAdmin, label: "admin", at: now)
        let adminIdentity = try #require(try store.identity(for: admin.token))
        let node = try store.issueCredential(tenantCode: "06", role: .regionNode, label: "nod", at: now)
        try store.revokeCredential(id: node.credential.id, by: adminIdentity, at: now)
        #expect(try store.identity(for: node.token) == nil)
    }

    @Test func rotationReplacesTheTokenAndKeepsRoleAndKey() throws {
        let node = try store.issueCredential(
            tenantCode: "06", role: .regionNode, label: "nod", publicKey: "a2V5", at: now)
        let user = try store.issueCredential(tenantCode: "06", role: .regionUser, label: "skript", at: now)
        let userIdentity = try #require(try store.identity(for: user.token))
        let rotated = try store.rotateCredential(id: node.credential.id, by: userIdentity, at: now)
        #expect(try store.identity(for: node.token) == nil)
        let identity = try #require(try store.identity(for: rotated.token))
        #expect(identity.role == .regionNode)
        #expect(identity.publicKey == "a2V5")
    }

    @Test func aRegionCannotRevokeOrEvenSeeAnotherRegionsCredential() throws {
        let other = try store.issueCredential(tenantCode: "08", role: .regionNode, label: "nod", at: now)
        let user = try store.issueCredential(tenantCode: "06", role: .regionUser, label: "skript", at: now)
        let identity = try #require(try store.identity(for: user.token))
        #expect(throws: HubStoreError.self) {
            try store.revokeCredential(id: other.credential.id, by: identity, at: now)
        }
        #expect(try store.identity(for: other.token) != nil)
        #expect(try store.credentials(visibleTo: identity).map(\.tenantCode) == ["06"])
    }

    @Test func agencyRolesCannotBeGivenToARegionNorRegionRolesToTheAgency() throws {
        #expect(throws: HubStoreError.self) {
            try store.issueCredential(tenantCode: "05", role: .agencyAdmin, label: "x", at: now)
        }
        #expect(throws: HubStoreError.self) {
            try store.issueCredential(tenantCode: "agency", role: .regionNode, label: "x", at: now)
        }
    }

    @Test func everyCredentialWriteIsAudited() throws {
        let issued = try store.issueCredential(tenantCode: "05", role: .regionUser, label: "skript", at: now)
        let identity = try #require(try store.identity(for: issued.token))
        _ = try store.rotateCredential(id: issued.credential.id, by: identity, at: now)
        let actions = try store.auditEvents(tenantID: identity.tenant.id).map(\.action)
        #expect(actions == ["credential.rotate", "credential.issue"])
    }

    @Test func passwordsVerifyAndWrongOnesDoNot() throws {
        try store.ensureUser(
            tenantCode: "05", username: "anna", displayName: "Anna", role: .regionUser, password: "hemligt-lösen",
            rounds: 1_000, at: now)
        #expect(try store.authenticate(username: "anna", password: "hemligt-lösen")?.tenant.code == "05")
        #expect(try store.authenticate(username: "anna", password: "fel") == nil)
        #expect(try store.authenticate(username: "okänd", password: "hemligt-lösen") == nil)
    }
}
