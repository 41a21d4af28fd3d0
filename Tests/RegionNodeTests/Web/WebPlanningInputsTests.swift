import Credentials
import Foundation
import Hummingbird
import HummingbirdTesting
import NodeStore
import PlanningDomain
import RegionNode
import Testing

/// The resource-use page and API, and the acute-dimensioning page.
@Suite("Web UI and API: resource use and acute dimensioning", .serialized)
struct WebPlanningInputsTests {
    @Test func anAnalystSetsAndClearsResourceUseOnThePageAndAManagerOnlyReads() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.importFiles(tinyMasterData())
        try workspace.addWebUser("ada", .analyst)
        try workspace.addWebUser("bo", .tactical, unit: "ORT")
        try await webApplication(workspace).test(.router) { client in
            let ada = try await logIn(client, "ada", store: workspace.store)
            try await client.execute(uri: "/resursatgang", method: .get, headers: ada.headers) { response in
                #expect(response.status == .ok)
                let html = String(buffer: response.body)
                #expect(html.contains("Resursåtgång per enhet och resurs"))
                #expect(html.contains("Spara värdet"))
                try checkSwedishPage(html, "resource-use page")
            }
            // Without the CSRF token nothing is stored.
            try await client.execute(
                uri: "/resursatgang", method: .post, headers: ada.formHeaders,
                body: formBody([("enhet", "ORT-MOT"), ("resurs", "LAK"), ("minuter", "25"), ("skal", "studie")])
            ) { #expect($0.status == .forbidden) }
            #expect(try workspace.store.resourceUseOverrideHistory().isEmpty)
            try await client.execute(
                uri: "/resursatgang", method: .post, headers: ada.formHeaders,
                body: formBody([
                    ("csrf_token", ada.csrf), ("enhet", "ORT-MOT"), ("resurs", "LAK"), ("minuter", "22,5"),
                    ("skal", "tidsstudie"), ("atgard", "satt"),
                ])
            ) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/resursatgang?klart=sparad")
            }
            #expect(try workspace.store.currentResourceUseOverrides().first?.value == 22.5)
            #expect(try workspace.store.currentResourceUseOverrides().first?.setBy == "ada")
            // A missing reason is refused with the pair named.
            try await client.execute(
                uri: "/resursatgang", method: .post, headers: ada.formHeaders,
                body: formBody([
                    ("csrf_token", ada.csrf), ("enhet", "ORT-MOT"), ("resurs", "LAK"), ("minuter", "20"),
                    ("atgard", "satt"),
                ])
            ) { response in
                #expect(response.status == .unprocessableContent)
                let html = String(buffer: response.body)
                #expect(html.contains("ORT-MOT/LAK"))
                try checkSwedishPage(html, "refused resource use")
            }
            try await client.execute(uri: "/resursatgang", method: .get, headers: ada.headers) { response in
                let html = String(buffer: response.body)
                #expect(html.contains("manuellt satt av ada"))
                #expect(html.contains("tidsstudie"))
            }
            try await client.execute(
                uri: "/resursatgang?format=csv&tabell=resursatgang", method: .get, headers: ada.headers
            ) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body).contains("ORT-MOT"))
            }
            try await client.execute(
                uri: "/resursatgang", method: .post, headers: ada.formHeaders,
                body: formBody([
                    ("csrf_token", ada.csrf), ("enhet", "ORT-MOT"), ("resurs", "LAK"), ("skal", "fel"),
                    ("atgard", "ta-bort"),
                ])
            ) { #expect($0.headers[.location] == "/resursatgang?klart=borttagen") }
            #expect(try workspace.store.currentResourceUseOverrides().isEmpty)

            let bo = try await logIn(client, "bo", store: workspace.store)
            try await client.execute(uri: "/resursatgang", method: .get, headers: bo.headers) { response in
                #expect(response.status == .ok)
                #expect(!String(buffer: response.body).contains("Spara värdet"))
            }
            try await client.execute(
                uri: "/resursatgang", method: .post, headers: bo.formHeaders,
                body: formBody([
                    ("csrf_token", bo.csrf), ("enhet", "ORT-MOT"), ("resurs", "LAK"), ("minuter", "1"), ("skal", "x"),
                ])
            ) { #expect($0.status == .forbidden) }
        }
    }

    @Test func theAPISetsListsAndClearsForAnalystsAndRefusesManagers() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.importFiles(tinyMasterData())
        try workspace.store.addUser(
            NodeUser(username: "ada", displayName: "Ada", role: .analyst, unitCode: nil), password: webPassword,
            rounds: 1_000, at: fixedNow())
        try workspace.store.addUser(
            NodeUser(username: "bo", displayName: "Bo", role: .tactical, unitCode: "ORT"), password: webPassword,
            rounds: 1_000, at: fixedNow())
        let ada = try workspace.store.issueAPIToken(username: "ada", label: "t", at: fixedNow()).secret
        let bo = try workspace.store.issueAPIToken(username: "bo", label: "t", at: fixedNow()).secret
        let app = buildNodeApplication(
            configuration: NodeServerConfiguration(port: 0), store: workspace.store, now: fixedNow)
        try await app.test(.router) { client in
            let json: HTTPFields = [.authorization: "Bearer \(ada)", .contentType: "application/json"]
            try await client.execute(
                uri: "/api/v1/resource-use/ORT-MOT/LAK", method: .put, headers: json,
                body: ByteBuffer(string: #"{"minutes": 27, "reason": "tidsstudie"}"#)
            ) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body).contains("\"override\":27"))
            }
            try await client.execute(
                uri: "/api/v1/resource-use/ORT-MOT/NOPE", method: .put, headers: json,
                body: ByteBuffer(string: #"{"minutes": 27, "reason": "x"}"#)
            ) { response in
                #expect(response.status == .notFound)
                #expect(String(buffer: response.body).contains("NOPE"))
            }
            try await client.execute(
                uri: "/api/v1/resource-use/ORT-MOT/LAK", method: .put, headers: json,
                body: ByteBuffer(string: #"{"minutes": -3, "reason": "x"}"#)
            ) { #expect($0.status == .unprocessableContent) }
            try await client.execute(
                uri: "/api/v1/resource-use", method: .get, headers: [.authorization: "Bearer \(bo)"]
            ) { response in
                #expect(response.status == .ok)
                let body = String(buffer: response.body)
                #expect(body.contains("\"kind\":\"manual\""))
                #expect(body.contains("tidsstudie"))
            }
            try await client.execute(
                uri: "/api/v1/resource-use/ORT-MOT/LAK", method: .put,
                headers: [.authorization: "Bearer \(bo)", .contentType: "application/json"],
                body: ByteBuffer(string: #"{"minutes": 1, "reason": "x"}"#)
            ) { #expect($0.status == .forbidden) }
            try await client.execute(
                uri: "/api/v1/resource-use/ORT-MOT/LAK?reason=tillbaka", method: .delete,
                headers: [.authorization: "Bearer \(ada)"]
            ) { #expect($0.status == .ok) }
            try await client.execute(
                uri: "/api/v1/resource-use/ORT-MOT/LAK?reason=igen", method: .delete,
                headers: [.authorization: "Bearer \(ada)"]
            ) { #expect($0.status == .conflict) }
        }
        #expect(try workspace.store.currentResourceUseOverrides().isEmpty)
        #expect(try workspace.store.resourceUseOverrideHistory().count == 2)
    }

    @Test func theAcutePageShowsAnEmptyStateTakesAnUploadAndNamesTheLineOfABadFile() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.importFiles(tinyMasterData())
        try workspace.addWebUser("ada", .analyst)
        try await webApplication(workspace).test(.router) { client in
            let ada = try await logIn(client, "ada", store: workspace.store)
            try await client.execute(uri: "/akut-dimensionering", method: .get, headers: ada.headers) { response in
                #expect(response.status == .ok)
                let html = String(buffer: response.body)
                #expect(html.contains("Inga ankomster är uppladdade"))
                #expect(html.contains("href=\"/akut-dimensionering\""))  // in the navigation
                try checkSwedishPage(html, "empty acute page")
            }
            var headers = ada.headers
            headers[.contentType] = "multipart/form-data; boundary=xYz123"
            // Two weeks: every hour 2 arrivals, except Mondays at 08 with 10.
            var csv = "datum;timme;ankomster\n"
            for day in 0..<14 {
                let date = CivilDate(daysSinceEpoch: CivilDate(year: 2026, month: 3, day: 2)!.daysSinceEpoch + day)
                for hour in 0..<24 {
                    csv += "\(date);\(hour);\(date.weekday == .monday && hour == 8 ? (day < 7 ? 10 : 4) : 2)\n"
                }
            }
            try await client.execute(
                uri: "/akut-dimensionering", method: .post, headers: headers,
                body: multipart(
                    csrf: ada.csrf, fields: [("percentil", "50")], fileName: "ankomster.csv",
                    contents: Array(csv.utf8))
            ) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/akut-dimensionering?percentil=50&klart=1")
            }
            try await client.execute(uri: "/akut-dimensionering?percentil=50", method: .get, headers: ada.headers) {
                response in
                let html = String(buffer: response.body)
                #expect(html.contains("Kapacitet per timme vid 50:e percentilen"))
                #expect(html.contains("<svg"))
                #expect(html.contains("Timmar över kapaciteten"))
                try checkSwedishPage(html, "acute result")
            }
            try await client.execute(
                uri: "/akut-dimensionering?percentil=50&format=csv&tabell=overskridanden", method: .get,
                headers: ada.headers
            ) { response in
                #expect(response.status == .ok)
                let text = String(buffer: response.body)
                // Monday 08: 10 and 4 → median 7; the first Monday exceeds it, on one day.
                let monday = try #require(text.split(whereSeparator: \.isNewline).first { $0.hasPrefix("Måndag") })
                #expect(monday.contains(";1;"))
            }
            try await client.execute(
                uri: "/akut-dimensionering?percentil=150", method: .get, headers: ada.headers
            ) { #expect($0.status == .badRequest) }
            try await client.execute(
                uri: "/akut-dimensionering", method: .post, headers: headers,
                body: multipart(
                    csrf: ada.csrf, fields: [], fileName: "fel.csv",
                    contents: Array("datum;timme;ankomster\n2026-03-02;8;3\n2026-03-02;25;1\n".utf8))
            ) { response in
                #expect(response.status == .unprocessableContent)
                let html = String(buffer: response.body)
                #expect(html.contains("Rad 3, fältet timme"))
                try checkSwedishPage(html, "bad acute file")
            }
            #expect(try workspace.store.acuteArrivals()?.fileName == "ankomster.csv")
        }
    }
}
