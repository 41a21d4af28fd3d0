import Foundation
import Hummingbird
import HummingbirdTesting
import NodeStore
import PlanningDomain
import RegionNode
import Testing

/// The plan pages through the real router: agreeing through the form, scope, and every page's HTML.
@Suite("Web UI: plans and pages", .serialized)
struct WebPlanTests {
    @Test func aTacticalManagerAgreesThroughTheFormAndTheStrategicAgreementMakesItAgreed() async throws {
        let (workspace, _) = try forecastWorkspace(forecast: true)
        defer { workspace.remove() }
        let units = try workspace.regionUnits()
        try workspace.addWebUser("bo", .tactical, unit: units.department)
        try workspace.addWebUser("cecilia", .strategic, unit: units.root)
        let id = try workspace.proposedPlan(unit: units.department)
        let service = PlanService(store: workspace.store, now: fixedNow)
        try await webApplication(workspace).test(.router) { client in
            let bo = try await logIn(client, "bo", store: workspace.store)
            try await client.execute(uri: "/planer/\(id)", method: .get, headers: bo.headers) { response in
                #expect(response.status == .ok)
                let html = String(buffer: response.body)
                #expect(html.contains("action=\"/planer/\(id)/versioner/1/beslut\""))
                #expect(html.contains(bo.csrf))
                // A manager gets no analyst forms.
                #expect(!html.contains("/versioner/1/ny-version"))
                try checkSwedishPage(html, "plan page for bo")
            }
            try await client.execute(
                uri: "/planer/\(id)/versioner/1/beslut", method: .post, headers: bo.formHeaders,
                body: formBody([("csrf_token", bo.csrf), ("beslut", "godkann"), ("kommentar", "Ok från kliniken")])
            ) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/planer/\(id)?version=1&klart=godkann")
            }
            let afterTactical = try service.version(of: try service.plan(id), 1)
            #expect(afterTactical.status == .proposed)
            #expect(afterTactical.awaitingLevels == [.strategic])
            #expect(afterTactical.agreements.first?.actor.userID == "bo")

            // Agreeing twice at the same level is refused with the domain's sentence, on the plan page.
            try await client.execute(
                uri: "/planer/\(id)/versioner/1/godkann", method: .post, headers: bo.formHeaders,
                body: formBody([("csrf_token", bo.csrf)])
            ) { response in
                #expect(response.status == .conflict)
                try checkSwedishPage(String(buffer: response.body), "refused second agreement")
            }

            let cecilia = try await logIn(client, "cecilia", store: workspace.store)
            try await client.execute(
                uri: "/planer/\(id)/versioner/1/beslut", method: .post, headers: cecilia.formHeaders,
                body: formBody([("csrf_token", cecilia.csrf), ("beslut", "godkann")])
            ) { #expect($0.status == .seeOther) }
            let agreed = try service.version(of: try service.plan(id), 1)
            #expect(agreed.status == .agreed)
            try await client.execute(
                uri: "/planer/\(id)?version=1&klart=godkann", method: .get, headers: cecilia.headers
            ) { response in
                let html = String(buffer: response.body)
                #expect(html.contains("Överenskommen"))
                #expect(html.contains("Ditt godkännande är registrerat."))
            }
        }
    }

    @Test func aManagerOutsideThePlansScopeGetsNotFoundForPagesAndForms() async throws {
        let (workspace, _) = try forecastWorkspace(forecast: true)
        defer { workspace.remove() }
        let units = try workspace.regionUnits()
        try workspace.addWebUser("dan", .tactical, unit: units.otherDepartment)
        let id = try workspace.proposedPlan(unit: units.department)
        let outside = try #require(
            try workspace.store.masterData().planningObjects.first {
                try OrganisationTree(units: workspace.store.masterData().units).isWithin(
                    $0.unitCode, ancestor: units.department)
            }?.code)
        try await webApplication(workspace).test(.router) { client in
            let dan = try await logIn(client, "dan", store: workspace.store)
            for uri in [
                "/planer/\(id)", "/planer/\(id)/scenario?version=1&fler_remisser=10",
                "/planer/\(id)/vantelista?version=1", "/planeringsobjekt/\(outside)",
                "/planeringsobjekt?enhet=\(units.department)",
            ] {
                try await client.execute(uri: uri, method: .get, headers: dan.headers) { response in
                    #expect(response.status == .notFound, "\(uri)")
                    try checkSwedishPage(String(buffer: response.body), uri)
                }
            }
            try await client.execute(
                uri: "/planer/\(id)/versioner/1/godkann", method: .post, headers: dan.formHeaders,
                body: formBody([("csrf_token", dan.csrf)])
            ) { #expect($0.status == .notFound) }
            try await client.execute(uri: "/planer", method: .get, headers: dan.headers) { response in
                #expect(!String(buffer: response.body).contains("/planer/\(id)\""))
            }
        }
        let version = try PlanService(store: workspace.store, now: fixedNow).plan(id).versions.versions[0]
        #expect(version.agreements.isEmpty)
    }

    @Test func everyPageIsWellFormedSwedishHTML() async throws {
        let (workspace, _) = try forecastWorkspace(forecast: true)
        defer { workspace.remove() }
        let units = try workspace.regionUnits()
        try workspace.addWebUser("ada", .admin)
        try workspace.addWebUser("bo", .tactical, unit: units.department)
        let id = try workspace.proposedPlan(unit: units.department)
        let object = try #require(
            try PlanService(store: workspace.store, now: fixedNow).plan(id).versions.versions[0].plan.objectCodes.first)
        try await webApplication(workspace, synthetic: true).test(.router) { client in
            let ada = try await logIn(client, "ada", store: workspace.store)
            let bo = try await logIn(client, "bo", store: workspace.store)
            let pages: [(String, String)] = [
                ("/", "Största kapacitetsgapen"), ("/planeringsobjekt", "Planeringsobjekt"),
                ("/planeringsobjekt?enhet=\(units.department)", "Planeringsobjekt i"),
                ("/planeringsobjekt/\(object)", "Backtest med rullande startpunkt"),
                ("/planer", "Produktionsplaner"), ("/planer/\(id)", "Gap per resurs och månad"),
                ("/planer/\(id)/scenario?version=1&fler_remisser=10", "jämfört med scenariot"),
                ("/planer/\(id)/scenario?version=1", "Ange minst ett antagande"),
                ("/planer/\(id)/vantelista?version=1&objekt=\(object)", "Väntelistan vecka för vecka"),
                ("/import", "Importlogg"), ("/anvandare", "Skapa API-nyckel"),
            ]
            for (uri, expected) in pages {
                try await client.execute(uri: uri, method: .get, headers: ada.headers) { response in
                    #expect(response.status == .ok, "\(uri)")
                    #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                    let html = String(buffer: response.body)
                    #expect(html.contains(expected), "\(uri) lacks \(expected)")
                    #expect(html.contains("Syntetiska data"), "\(uri) lacks the banner")
                    let elements = try checkSwedishPage(html, uri)
                    let ids = elements.compactMap { $0.attributes["id"] }
                    #expect(Set(ids).count == ids.count, "\(uri) repeats an element id")
                }
            }
            // The start page shows the manager what waits for them; an admin-only page refuses the manager.
            try await client.execute(uri: "/", method: .get, headers: bo.headers) { response in
                let html = String(buffer: response.body)
                #expect(html.contains("href=\"/planer/\(id)?version=1\""))
                #expect(html.contains("uppfoljning-sammanfattning"))
            }
            try await client.execute(uri: "/anvandare", method: .get, headers: bo.headers) {
                #expect($0.status == .forbidden)
            }
            try await client.execute(uri: "/planer/999", method: .get, headers: ada.headers) {
                #expect($0.status == .notFound)
            }
        }
    }

    @Test func anAdminIssuesAnAPITokenThatIsShownOnceAndWorks() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.importFiles(tinyMasterData())
        try workspace.addWebUser("ada", .admin)
        try await webApplication(workspace).test(.router) { client in
            let ada = try await logIn(client, "ada", store: workspace.store)
            let secret = try await client.execute(
                uri: "/anvandare/nycklar", method: .post, headers: ada.formHeaders,
                body: formBody([("csrf_token", ada.csrf), ("anvandare", "ada"), ("etikett", "nattlig import")])
            ) { response -> String in
                #expect(response.status == .ok)
                let html = String(buffer: response.body)
                let start = try #require(html.range(of: "<code>"))
                let end = try #require(html.range(of: "</code>"))
                return String(html[start.upperBound..<end.lowerBound])
            }
            try await client.execute(
                uri: "/api/v1/status", method: .get, headers: [.authorization: "Bearer \(secret)"]
            ) { #expect($0.status == .ok) }
            try await client.execute(uri: "/anvandare", method: .get, headers: ada.headers) { response in
                #expect(!String(buffer: response.body).contains(secret))
            }
        }
    }
}
