import Foundation
import Hummingbird
import HummingbirdTesting
import NodeStore
import PlanningDomain
import RegionNode
import Testing

/// The self-assessment pages: the list of units, a unit's form with the summary, saving with CSRF, the scope rule
/// and validation. The tiny region is R99 → ORT → ORT-MOT, ORT-OP.
@Suite("Web self-assessment", .serialized)
struct WebSelfAssessmentTests {
    func workspace() throws -> Workspace {
        let workspace = try Workspace()
        try workspace.importFiles(tinyMasterData())
        return workspace
    }

    @Test func aTacticalManagerAnswersTheFormAndSeesWhereToFocus() async throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        try workspace.addWebUser("tore", .tactical, unit: "ORT")
        try await webApplication(workspace).test(.router) { client in
            let browser = try await logIn(client, "tore", store: workspace.store)
            let list = try await client.execute(uri: "/sjalvskattning", method: .get, headers: browser.headers) {
                #expect($0.status == .ok)
                return String(buffer: $0.body)
            }
            try checkSwedishPage(list, "/sjalvskattning")
            #expect(list.contains("href=\"/sjalvskattning/ORT-MOT\""))
            #expect(!list.contains("href=\"/sjalvskattning/R99\""), "the region is outside ORT's scope")
            #expect(list.contains("href=\"/sjalvskattning\"") && list.contains(">Självskattning<"))

            let form = try await client.execute(uri: "/sjalvskattning/ORT", method: .get, headers: browser.headers) {
                #expect($0.status == .ok)
                return String(buffer: $0.body)
            }
            let elements = try checkSwedishPage(form, "/sjalvskattning/ORT")
            let radios = elements.filter { $0.name == "input" && $0.attributes["type"] == "radio" }
            // 40 statements × (4 answers + none) and 23 checklist questions × (5 answers + none).
            let expectedRadios = 40 * 5 + 23 * 6
            #expect(radios.count == expectedRadios)
            #expect(radios.filter { $0.attributes["checked"] != nil }.count == 63, "every group starts at Inget svar")
            #expect(elements.contains { $0.name == "form" && $0.attributes["action"] == "/sjalvskattning/ORT" })
            #expect(form.contains("Instämmer i hög grad") && form.contains("Majoritet"))

            var fields = [("csrf_token", browser.csrf), ("answeredOn", "2026-03-02")]
            for index in 1...7 { fields.append(("statements.1.\(index)", "agreeToAHighDegree")) }
            fields += [("statements.3.1", "disagree"), ("statements.3.2", "unknown"), ("statements.2.1", "")]
            fields += [("checklist.5", "no"), ("checklist.1", "yes"), ("reflections.3", "Planerna ses som prognoser.")]
            try await client.execute(
                uri: "/sjalvskattning/ORT", method: .post, headers: browser.formHeaders, body: formBody(fields)
            ) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/sjalvskattning/ORT?sparad=1")
            }
            let stored = try #require(try workspace.store.selfAssessment(unitCode: "ORT"))
            #expect(stored.updatedBy == "tore")
            #expect(stored.response.statementAnswers.count == 9)
            #expect(stored.response.statementAnswers["3.1"] == .disagree)
            #expect(stored.response.checklistAnswers == [1: .yes, 5: .no])
            #expect(stored.response.reflections == [3: "Planerna ses som prognoser."])
            #expect(stored.response.answeredOn == CivilDate.parse("2026-03-02"))

            let page = try await client.execute(
                uri: "/sjalvskattning/ORT?sparad=1", method: .get, headers: browser.headers
            ) {
                #expect($0.status == .ok)
                return String(buffer: $0.body)
            }
            let pageElements = try checkSwedishPage(page, "/sjalvskattning/ORT?sparad=1")
            #expect(page.contains("Självskattningen är sparad."))
            #expect(page.contains("Var ni bör fokusera"))
            #expect(page.contains("role=\"img\""), "the bar chart per area")
            let checked = pageElements.filter { $0.name == "input" && $0.attributes["checked"] != nil }
            #expect(
                checked.contains { $0.attributes["name"] == "statements.3.1" && $0.attributes["value"] == "disagree" })
            // Area 1 is all "i hög grad", so it is not a focus area; the first focus sentence is about another.
            let focus = try #require(page.range(of: "class=\"focus-list\""))
            let firstItem = page[focus.upperBound...].prefix(200)
            #expect(!firstItem.contains("1. Hur systematisk"))

            try await client.execute(
                uri: "/sjalvskattning?format=csv&tabell=sjalvskattningar", method: .get, headers: browser.headers
            ) { response in
                #expect(response.status == .ok)
                let csv = String(buffer: response.body)
                #expect(csv.contains("Ortopedkliniken (ORT)"))
                #expect(csv.contains("Påbörjad"))
            }
            try await client.execute(
                uri: "/sjalvskattning/ORT?format=xlsx&tabell=omraden", method: .get, headers: browser.headers
            ) { response in
                #expect(response.status == .ok)
                #expect(Array(response.body.readableBytesView.prefix(2)) == [0x50, 0x4B])
            }
        }
    }

    @Test func aPostWithoutTheCSRFTokenIsRefusedAndSavesNothing() async throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        try workspace.addWebUser("anna", .analyst)
        try await webApplication(workspace).test(.router) { client in
            let browser = try await logIn(client, "anna", store: workspace.store)
            try await client.execute(
                uri: "/sjalvskattning/ORT", method: .post, headers: browser.formHeaders,
                body: formBody([("statements.1.1", "agreePartly")])
            ) { #expect($0.status == .forbidden) }
            #expect(try workspace.store.selfAssessment(unitCode: "ORT") == nil)
        }
    }

    @Test func managersReadOnlyWithinTheirScopeAndOperationalManagersCannotSave() async throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        try workspace.addWebUser("mona", .tactical, unit: "ORT-MOT")
        try workspace.addWebUser("olle", .operational, unit: "ORT")
        try await webApplication(workspace).test(.router) { client in
            let mona = try await logIn(client, "mona", store: workspace.store)
            for path in ["/sjalvskattning/ORT-OP", "/sjalvskattning/ORT", "/sjalvskattning/FINNS-INTE"] {
                try await client.execute(uri: path, method: .get, headers: mona.headers) {
                    #expect($0.status == .notFound, "\(path)")
                }
                try await client.execute(
                    uri: path, method: .post, headers: mona.formHeaders,
                    body: formBody([("csrf_token", mona.csrf), ("statements.1.1", "agreePartly")])
                ) { #expect($0.status == .notFound, "\(path)") }
            }
            let olle = try await logIn(client, "olle", store: workspace.store)
            let page = try await client.execute(uri: "/sjalvskattning/ORT-OP", method: .get, headers: olle.headers) {
                #expect($0.status == .ok)
                return String(buffer: $0.body)
            }
            let elements = try checkSwedishPage(page, "/sjalvskattning/ORT-OP")
            #expect(!elements.contains { $0.name == "form" && $0.attributes["action"] == "/sjalvskattning/ORT-OP" })
            #expect(elements.contains { $0.name == "fieldset" && $0.attributes["disabled"] != nil })
            try await client.execute(
                uri: "/sjalvskattning/ORT-OP", method: .post, headers: olle.formHeaders,
                body: formBody([("csrf_token", olle.csrf), ("statements.1.1", "agreePartly")])
            ) { #expect($0.status == .forbidden) }
            #expect(try workspace.store.selfAssessments().isEmpty)
        }
    }

    @Test func aBadValueIsShownWithItsFieldAndTheTypedTextIsKept() async throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        try workspace.addWebUser("anna", .analyst)
        try await webApplication(workspace).test(.router) { client in
            let browser = try await logIn(client, "anna", store: workspace.store)
            let page = try await client.execute(
                uri: "/sjalvskattning/ORT-MOT", method: .post, headers: browser.formHeaders,
                body: formBody([
                    ("csrf_token", browser.csrf), ("statements.1.1", "kanske"), ("answeredOn", "2026-13-01"),
                    ("reflections.2", "Vi behöver fler möten."),
                ])
            ) { response in
                #expect(response.status == .unprocessableContent)
                return String(buffer: response.body)
            }
            try checkSwedishPage(page, "POST /sjalvskattning/ORT-MOT")
            #expect(page.contains("Svaret \"kanske\" på påstående 1.1 finns inte"))
            #expect(page.contains("\"2026-13-01\" är inget datum"))
            #expect(page.contains("Vi behöver fler möten."), "the typed reflection is shown again")
            #expect(try workspace.store.selfAssessment(unitCode: "ORT-MOT") == nil)
        }
    }
}
