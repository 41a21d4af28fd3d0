import Credentials
import Foundation
import Hummingbird
import HummingbirdTesting
import NodeStore
import PlanningDomain
import RegionNode
import SyntheticData
import Testing

/// The follow-up measure pages and their JSON API: inflow vs forecast, capacity, waiting lists, care guarantee.
@Suite("Web follow-up measures", .serialized)
struct WebFollowUpMeasuresTests {
    /// An integer as the pages write it: groups of three separated by a narrow no-break space.
    func swedish(_ value: Int) -> String {
        var digits = String(value.magnitude)
        var groups: [String] = []
        while digits.count > 3 {
            groups.insert(String(digits.suffix(3)), at: 0)
            digits.removeLast(3)
        }
        groups.insert(digits, at: 0)
        return (value < 0 ? "\u{2212}" : "") + groups.joined(separator: "\u{202F}")
    }

    /// A fraction as "12,3" (one decimal, decimal comma), as the pages write percentages before the % sign.
    func swedishPercent(_ fraction: Double) -> String {
        let tenths = Int((fraction * 1000).rounded(.toNearestOrAwayFromZero))
        return "\(tenths / 10),\(tenths % 10)"
    }

    func json(_ response: TestResponse) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8)) as? [String: Any] ?? [:]
    }

    func get(_ client: some TestClientProtocol, _ uri: String, _ headers: HTTPFields) async throws -> String {
        try await client.execute(uri: uri, method: .get, headers: headers) { response in
            #expect(response.status == .ok, "\(uri)")
            return String(buffer: response.body)
        }
    }

    @Test func thePagesShowTheKeyFiguresAndAreLinkedFromTheFollowUpPage() async throws {
        let (workspace, _) = try followUpWorkspace()
        defer { workspace.remove() }
        try workspace.importAllWaitingSnapshots()
        try workspace.importCapacityForecastAndOutcome()
        let service = FollowUpMeasuresService(store: workspace.store)
        try workspace.addWebUser("tore", .tactical, unit: "R09")
        try await webApplication(workspace).test(.router) { client in
            let browser = try await logIn(client, "tore", store: workspace.store)
            let overview = try await get(client, "/uppfoljning", browser.headers)
            for path in [
                "/uppfoljning/prognos", "/uppfoljning/kapacitet", "/uppfoljning/vantelistor",
                "/uppfoljning/vardgaranti",
            ] {
                #expect(overview.contains("href=\"\(path)\""), "\(path) is not linked")
            }

            let forecast = try await get(client, "/uppfoljning/prognos", browser.headers)
            try checkSwedishPage(forecast, "/uppfoljning/prognos")
            #expect(forecast.contains("Inflöde och prognos per vecka"))
            #expect(forecast.contains("Lågproduktionsveckor"))
            let units = try service.inflow().rows(under: "R09").units
            #expect(units.allSatisfy { forecast.contains("/uppfoljning/prognos?enhet=\($0.code)") })

            let capacity = try await get(client, "/uppfoljning/kapacitet", browser.headers)
            try checkSwedishPage(capacity, "/uppfoljning/kapacitet")
            for row in try service.capacity().rows(unit: "R09") {
                #expect(capacity.contains(swedish(Int(row.figures.all.actual.rounded()))), "\(row.resource.code)")
            }

            let waiting = try await get(client, "/uppfoljning/vantelistor", browser.headers)
            try checkSwedishPage(waiting, "/uppfoljning/vantelistor")
            let latest = try #require(try service.waitingLists().comparisons(unit: "R09").last)
            #expect(waiting.contains(swedish(Int(latest.figures.actual.rounded()))))
            #expect(waiting.contains(swedish(Int(latest.figures.planned.rounded()))))

            let guarantee = try await get(client, "/uppfoljning/vardgaranti", browser.headers)
            try checkSwedishPage(guarantee, "/uppfoljning/vardgaranti")
            let summary = try service.careGuarantee(scope: "R09")
            let share = try #require(summary.waiting?.total.shareWithinLimit)
            #expect(guarantee.contains(swedishPercent(share)))
            #expect(guarantee.contains("Per specialitet"))

            try await client.execute(
                uri: "/uppfoljning/vardgaranti?format=xlsx&tabell=vantar-specialitet", method: .get,
                headers: browser.headers
            ) { #expect($0.status == .ok) }
        }
    }

    @Test func aManagerOutsideTheUnitGetsNotFoundOnPagesAndAPI() async throws {
        let (workspace, _) = try followUpWorkspace()
        defer { workspace.remove() }
        let (_, department, other) = try workspace.regionUnits()
        try workspace.addWebUser("ulla", .operational, unit: department)
        try await webApplication(workspace).test(.router) { client in
            let browser = try await logIn(client, "ulla", store: workspace.store)
            for path in ["prognos", "kapacitet", "vantelistor", "vardgaranti"] {
                try await client.execute(
                    uri: "/uppfoljning/\(path)?enhet=\(other)", method: .get, headers: browser.headers
                ) { #expect($0.status == .notFound, "\(path)") }
                try await client.execute(
                    uri: "/uppfoljning/\(path)?enhet=\(department)", method: .get, headers: browser.headers
                ) { #expect($0.status == .ok, "\(path)") }
            }
            let token = try workspace.store.issueAPIToken(username: "ulla", label: "test", at: fixedNow()).secret
            let auth: HTTPFields = [.authorization: "Bearer \(token)"]
            for path in ["forecast-accuracy", "capacity", "waiting-lists", "care-guarantee"] {
                try await client.execute(
                    uri: "/api/v1/follow-up/\(path)?unit=\(other)", method: .get, headers: auth
                ) { #expect($0.status == .notFound, "\(path)") }
            }
        }
    }

    @Test func theAPIAnswersWithTheServicesFigures() async throws {
        let (workspace, _) = try followUpWorkspace()
        defer { workspace.remove() }
        try workspace.importAllWaitingSnapshots()
        try workspace.addWebUser("ada", .analyst)
        let token = try workspace.store.issueAPIToken(username: "ada", label: "test", at: fixedNow()).secret
        let auth: HTTPFields = [.authorization: "Bearer \(token)"]
        let service = FollowUpMeasuresService(store: workspace.store)
        try await webApplication(workspace).test(.router) { client in
            try await client.execute(uri: "/api/v1/follow-up/forecast-accuracy", method: .get, headers: auth) {
                response in
                #expect(response.status == .ok)
                let body = try json(response)
                #expect(body["firstWeek"] as? String == "2025-W41")
                let all = (body["accuracy"] as? [String: Any])?["all"] as? [String: Any]
                let expected = try service.inflow().accuracy(unit: "R09").all?.meanAbsoluteError
                #expect((all?["meanAbsoluteError"] as? Double).map { abs($0 - (expected ?? .nan)) < 1e-9 } == true)
                #expect((body["weeks"] as? [Any])?.count == 4)
            }
            // No capacity was imported twice: nothing to compare, and the answer says so.
            try await client.execute(uri: "/api/v1/follow-up/capacity", method: .get, headers: auth) { response in
                #expect(response.status == .conflict)
                let code = try json(response)["error"] as? String
                #expect(code == "follow_up.no_capacity_revision")
            }
            try await client.execute(uri: "/api/v1/follow-up/waiting-lists", method: .get, headers: auth) {
                response in
                #expect(response.status == .ok)
                let snapshots = try json(response)["snapshots"] as? [[String: Any]] ?? []
                #expect(snapshots.map { $0["week"] as? String } == ["2025-W44"])
            }
            try await client.execute(uri: "/api/v1/follow-up/care-guarantee?unit=R09", method: .get, headers: auth) {
                response in
                #expect(response.status == .ok)
                let body = try json(response)
                #expect(body["snapshotDate"] as? String == "2025-11-02")
                let total = ((body["waiting"] as? [String: Any])?["total"] as? [String: Any])?["total"] as? Int
                #expect(total == followUpRegion.waitingSnapshots.last?.entries.count)
            }
            try await client.execute(uri: "/api/v1/follow-up/care-guarantee?unit=NOPE", method: .get, headers: auth) {
                #expect($0.status == .notFound)
            }
        }
    }
}
