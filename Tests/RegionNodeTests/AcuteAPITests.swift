import Foundation
import Hummingbird
import HummingbirdTesting
import NodeStore
import PlanningDomain
import RegionNode
import Testing

@Suite("Acute-dimensioning HTTP API", .serialized)
struct AcuteAPITests {
    @Test func storedArrivalsAreDimensionedAtTheAskedPercentileAndABadFileNamesItsLine() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let app = buildNodeApplication(
            configuration: NodeServerConfiguration(port: 0, authentication: .disabled), store: workspace.store,
            now: fixedNow)
        try await app.test(.router) { client in
            try await client.execute(uri: "/api/v1/acute-dimensioning", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(String(buffer: response.body).contains("Inga ankomster är sparade"))
            }
            // One week; every hour 1 arrival except Tuesday 10:00 with 6.
            var csv = "datum;timme;ankomster\n"
            for day in 2...8 {
                for hour in 0..<24 { csv += "2026-03-0\(day);\(hour);\(day == 3 && hour == 10 ? 6 : 1)\n" }
            }
            try await client.execute(
                uri: "/api/v1/acute-arrivals?file=vecka.csv", method: .put, body: ByteBuffer(string: csv)
            ) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body).contains("\"hours\":168"))
            }
            try await client.execute(uri: "/api/v1/acute-dimensioning?percentile=100", method: .get) { response in
                #expect(response.status == .ok)
                let object = try JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8))
                let json = try #require(object as? [String: Any])
                #expect(json["percentile"] as? Double == 100)
                #expect(json["hoursOver"] as? Int == 0)
                let days = try #require(json["weekdays"] as? [[String: Any]])
                let tuesday = try #require(days.first { $0["weekday"] as? Int == 2 })
                #expect((tuesday["capacity"] as? [Double])?[10] == 6)
            }
            try await client.execute(uri: "/api/v1/acute-dimensioning?percentile=0", method: .get) {
                #expect($0.status == .badRequest)
            }
            try await client.execute(
                uri: "/api/v1/acute-arrivals", method: .put,
                body: ByteBuffer(string: "datum;timme;ankomster\n2026-03-02;x;1\n")
            ) { response in
                #expect(response.status == .unprocessableContent)
                #expect(String(buffer: response.body).contains("Rad 2, fältet timme"))
            }
        }
        #expect(try workspace.store.acuteArrivals()?.fileName == "vecka.csv")
    }
}
