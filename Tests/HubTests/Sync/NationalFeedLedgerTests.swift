import Credentials
import Foundation
import Hub
import HubClient
import HubStore
import Hummingbird
import HummingbirdTesting
import PlanningDomain
import SyncEngine
import Testing
import WireProtocol

/// The `national-comparisons` feed is checked against the hub's national ledger: a region's figure revised by
/// 1…k−1 since the feed showed it is sent as suppressed (and so is the national figure), whatever the node sent.
@Suite("National feed ledger")
struct NationalFeedLedgerTests {
    let store: HubStore
    let now = Date(timeIntervalSince1970: 1_795_000_000)
    let keys: [String: SigningKey] = ["01": SigningKey.generate(), "03": SigningKey.generate()]
    let tokens: [String: String]

    init() throws {
        store = try HubStore.inMemory()
        try store.ensureTenants(regions: SwedishRegion.all, agencyCode: "agency", agencyName: "Myndigheten")
        try store.seedCatalogue(agencyCode: "agency", at: now)
        var tokens: [String: String] = [:]
        for (code, key) in keys {
            tokens[code] = try store.issueCredential(
                tenantCode: code, role: .regionNode, label: "Regionnod \(code)", publicKey: key.publicKeyBase64,
                at: now
            ).token.secret
        }
        self.tokens = tokens
    }

    func push(_ client: some TestClientProtocol, _ region: String, _ count: Double, sequence: Int64) async throws {
        let value = WireProtocol.IndicatorValue(
            regionCode: region, indicatorID: "inflow", definitionVersion: 1, group: "Ortopedi", period: "2026-W10",
            numerator: count, value: count)
        let batch = UploadBatch(
            batchID: "indicators-\(UUID().uuidString.lowercased())", stream: .indicators, after: sequence - 1,
            catalogue: SyncCatalogue.reference(.standard),
            items: [try UploadItem(sequence: sequence, key: value.naturalKey, typedPayload: value)])
        let body = try CanonicalJSON.encode(batch)
        let path = SyncEndpoint.batches(.indicators)
        let signed = try SignedRequestHeaders.sign(
            method: "POST", path: path, batchID: batch.batchID, body: body,
            timestamp: Int64(now.timeIntervalSince1970), signer: Ed25519BatchSigner(key: keys[region]!))
        var fields: HTTPFields = [.authorization: "Bearer \(tokens[region]!)", .contentType: "application/json"]
        for (name, value) in signed.fields { fields[.init(name)!] = value }
        let status = try await client.execute(uri: path, method: .post, headers: fields, body: ByteBuffer(bytes: body))
        {
            Int($0.status.code)
        }
        #expect(status == 200)
    }

    func latestComparison() throws -> WireProtocol.NationalComparison {
        let feed = try store.syncChanges(stream: .nationalComparisons, after: 0, epoch: "", limit: 100).get()
        return try #require(try feed.changes.last?.decodePayload(as: WireProtocol.NationalComparison.self))
    }

    @Test func aRevisionFrom12To13IsSentAsSuppressedAndTheNationalFigureIsWithheld() async throws {
        let application = buildHubApplication(
            configuration: HubServerConfiguration(port: 0), store: store, now: { [now] in now })
        try await application.test(.router) { client in
            try await push(client, "01", 12, sequence: 1)
            try await push(client, "03", 20, sequence: 1)
            let first = try latestComparison()
            #expect(first.national == 32)
            // Region 01 sends 13 without suppressing it (a node without its ledger): one person more.
            try await push(client, "01", 13, sequence: 2)
            let revised = try latestComparison()
            #expect(revised.cells.first { $0.regionCode == "01" }?.suppressed == true)
            #expect(revised.cells.first { $0.regionCode == "01" }?.value == nil)
            #expect(revised.national == nil)
            // A later revision far enough from every figure shown is shown again.
            try await push(client, "01", 19, sequence: 3)
            let later = try latestComparison()
            #expect(later.cells.first { $0.regionCode == "01" }?.value == 19)
            #expect(later.national == 39)
        }
        let ledger = try store.nationalLedger(
            indicatorID: "inflow", definitionVersion: 1, group: "Ortopedi", period: IndicatorPeriod.parse("2026-W10")!)
        let key = NationalTablePart.numerator.cellKey(
            regionCode: "01", indicatorID: "inflow", definitionVersion: 1, group: "Ortopedi",
            period: IndicatorPeriod.parse("2026-W10")!)
        #expect(ledger.visibleCounts(of: key) == [12, 19])
    }
}
