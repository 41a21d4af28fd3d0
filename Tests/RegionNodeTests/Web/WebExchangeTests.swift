import Foundation
import Hummingbird
import HummingbirdTesting
import NodeStore
import PlanningDomain
import RegionNode
import Testing
import WireProtocol

/// `/kapacitetsutbyte` and `/api/v1/exchange`: the hub's state as downloaded, actions through CSRF-protected forms
/// (only analysts and strategic or tactical managers), each stored and enqueued in one transaction and shown as
/// "väntar på synk" until the hub's state comes back. The tiny region is R99, so the tests store county code 01.
@Suite("Web capacity exchange", .serialized)
struct WebExchangeTests {
    static let offer = ExchangeState(
        kind: .offer, id: "03-o-1", version: 1, status: "open", region: "03", specialty: "Ortopedi",
        planningObjectGroup: "Höftprotes", unit: "operations", count: 10, firstWeek: "2026-W48", lastWeek: "2026-W52",
        radius: "national", conditions: "Patienten reser själv", settled: 0)

    func workspace() throws -> Workspace {
        let workspace = try Workspace()
        try workspace.importFiles(tinyMasterData())
        try workspace.store.bindRegion("01", at: Date())
        let change = Change(sequence: 1, key: Self.offer.naturalKey, payload: try CanonicalJSON.jsonValue(Self.offer))
        try workspace.store.applyFeed(
            ChangeFeed(stream: .exchangeState, epoch: "e1", after: 0, changes: [change], nextCursor: 1, hasMore: false),
            newCursor: DownloadCursor(epoch: "e1", sequence: 1), replaceAll: false, at: fixedNow())
        return workspace
    }

    func pending(_ workspace: Workspace, _ stream: SyncStream = .exchangeMessages) throws -> [UploadItem] {
        try workspace.store.outboxItems(stream, after: 0, limit: 100)
    }

    @Test func aTacticalManagerAcceptsAnOfferAndSeesItWaitForSync() async throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        try workspace.addWebUser("tore", .tactical, unit: "ORT")
        try await webApplication(workspace).test(.router) { client in
            let browser = try await logIn(client, "tore", store: workspace.store)
            let page = try await client.execute(uri: "/kapacitetsutbyte", method: .get, headers: browser.headers) {
                #expect($0.status == .ok)
                return String(buffer: $0.body)
            }
            let elements = try checkSwedishPage(page, "/kapacitetsutbyte")
            #expect(page.contains("Öppna förfrågningar och erbjudanden i nätverket"))
            #expect(
                page.contains("03-o-1") && page.contains("Region Uppsala") && page.contains("Ortopedi – Höftprotes"))
            #expect(elements.contains { $0.name == "form" && $0.attributes["action"] == "/kapacitetsutbyte" })
            #expect(page.contains(">Kapacitetsutbyte<"), "in the navigation")

            try await client.execute(
                uri: "/kapacitetsutbyte", method: .post, headers: browser.formHeaders,
                body: formBody([
                    ("csrf_token", browser.csrf), ("action", "accept-offer"), ("subject", "03-o-1"), ("count", "4"),
                ])
            ) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/kapacitetsutbyte?skickad=1")
            }
            let items = try pending(workspace)
            #expect(items.count == 1)
            let message = try items[0].decodePayload(as: ExchangeMessage.self)
            #expect(message.kind == .acceptOffer && message.regionCode == "01" && message.basedOnVersion == 1)
            #expect(message.acceptance?.count == 4 && message.acceptance?.agreementID.hasPrefix("01-a-") == true)
            #expect(message.issuedBy == "tore")

            let after = try await client.execute(
                uri: "/kapacitetsutbyte?skickad=1", method: .get, headers: browser.headers
            ) { String(buffer: $0.body) }
            try checkSwedishPage(after, "/kapacitetsutbyte?skickad=1")
            #expect(after.contains("väntar på synk") && after.contains("Acceptera erbjudande"))
        }
    }

    @Test func aFormWithoutTheCSRFTokenIsRefusedAndStoresNothing() async throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        try workspace.addWebUser("anna", .analyst)
        try await webApplication(workspace).test(.router) { client in
            let browser = try await logIn(client, "anna", store: workspace.store)
            try await client.execute(
                uri: "/kapacitetsutbyte", method: .post, headers: browser.formHeaders,
                body: formBody([("action", "accept-offer"), ("subject", "03-o-1"), ("count", "4")])
            ) { #expect($0.status == .forbidden) }
        }
        #expect(try pending(workspace).isEmpty)
        #expect(try workspace.store.exchangeActions().isEmpty)
    }

    @Test func anOperationalManagerReadsButCannotAct() async throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        try workspace.addWebUser("olle", .operational, unit: "ORT-MOT")
        try await webApplication(workspace).test(.router) { client in
            let browser = try await logIn(client, "olle", store: workspace.store)
            let page = try await client.execute(uri: "/kapacitetsutbyte", method: .get, headers: browser.headers) {
                String(buffer: $0.body)
            }
            let elements = try checkSwedishPage(page, "/kapacitetsutbyte")
            #expect(page.contains("03-o-1"))
            #expect(!elements.contains { $0.name == "form" && $0.attributes["action"] == "/kapacitetsutbyte" })
            try await client.execute(
                uri: "/kapacitetsutbyte", method: .post, headers: browser.formHeaders,
                body: formBody([
                    ("csrf_token", browser.csrf), ("action", "accept-offer"), ("subject", "03-o-1"), ("count", "4"),
                ])
            ) { #expect($0.status == .forbidden) }
        }
        #expect(try pending(workspace).isEmpty)
    }

    @Test func aPersonnummerInTheConditionsIsRefusedWithASwedishMessage() async throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        try workspace.addWebUser("anna", .analyst)
        try await webApplication(workspace).test(.router) { client in
            let browser = try await logIn(client, "anna", store: workspace.store)
            let page = try await client.execute(
                uri: "/kapacitetsutbyte", method: .post, headers: browser.formHeaders,
                body: formBody([
                    ("csrf_token", browser.csrf), ("action", "offer"), ("specialty", "Ortopedi"),
                    ("unit", "operations"), ("count", "12"), ("firstWeek", "2026-W48"), ("lastWeek", "2026-W50"),
                    ("radius", "national"), ("conditions", "Gäller patient 19121212-1212"),
                ])
            ) { response in
                #expect(response.status == .unprocessableContent)
                return String(buffer: response.body)
            }
            try checkSwedishPage(page, "POST /kapacitetsutbyte")
            #expect(page.contains("personnummer"))
        }
        #expect(try pending(workspace).isEmpty)
    }

    @Test func theAPIPostsAnOfferAndShowsItWaitingThenRefusedByTheHub() async throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        try await webApplication(workspace, authentication: .disabled).test(.router) { client in
            let body = try JSONEncoder().encode(
                ExchangeActionInput(
                    action: "offer", specialty: "Ögon", unit: "visits", count: 20, firstWeek: "2026-W49",
                    lastWeek: "2026-W51", radius: "healthcareRegion"))
            try await client.execute(
                uri: "/api/v1/exchange/actions", method: .post, headers: [.contentType: "application/json"],
                body: ByteBuffer(bytes: body)
            ) { response in
                #expect(response.status == .accepted)
                #expect(String(buffer: response.body).contains("\"state\":\"waiting\""))
            }
            let item = try #require(try pending(workspace).first)
            let message = try item.decodePayload(as: ExchangeMessage.self)
            #expect(message.kind == .postOffer && message.posting?.radius == "healthcareRegion")
            _ = try workspace.store.recordRejections(
                .exchangeMessages,
                [
                    ItemReceipt(
                        sequence: item.sequence, key: item.key, outcome: .rejected, reason: .exchangeRefused,
                        message: "Nej.")
                ], at: fixedNow().addingTimeInterval(1))
            let overview = try await client.execute(uri: "/api/v1/exchange", method: .get) { response in
                #expect(response.status == .ok)
                return String(buffer: response.body)
            }
            #expect(overview.contains("\"state\":\"refused\"") && overview.contains("exchange-refused"))
            #expect(overview.contains("\"03-o-1\""))
            // Incomplete input is a 422 with a Swedish sentence.
            let incomplete = try JSONEncoder().encode(ExchangeActionInput(action: "offer", specialty: "Ögon"))
            try await client.execute(
                uri: "/api/v1/exchange/actions", method: .post, headers: [.contentType: "application/json"],
                body: ByteBuffer(bytes: incomplete)
            ) { response in
                #expect(response.status == .unprocessableContent)
                #expect(String(buffer: response.body).contains("exchange.invalid"))
            }
        }
    }
}
