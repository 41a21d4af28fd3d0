import Forecasting
import Foundation
import Hummingbird
import HummingbirdTesting
import NodeStore
import PlanningDomain
import RegionNode
import Spreadsheet
import Testing

/// CSV and Excel downloads of the tables a planner sees.
@Suite("Web UI: exports", .serialized)
struct WebExportTests {
    @Test func csvExportHasABOMSemicolonsAndDecimalCommas() async throws {
        let (workspace, _) = try forecastWorkspace(forecast: true)
        defer { workspace.remove() }
        try workspace.addWebUser("ada", .analyst)
        let object = try #require(try workspace.store.latestForecasts(.inflow).first?.objectCode)
        try await webApplication(workspace).test(.router) { client in
            let ada = try await logIn(client, "ada", store: workspace.store)
            try await client.execute(
                uri: "/planeringsobjekt/\(object)?format=csv&tabell=prognos", method: .get, headers: ada.headers
            ) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/csv; charset=utf-8")
                let disposition = try #require(response.headers[.contentDisposition])
                #expect(disposition.hasPrefix("attachment; filename=\"prognos-\(object)-"))
                #expect(disposition.contains(".csv"))
                let bytes = Array(response.body.readableBytesView)
                #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
                let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
                let lines = text.split(separator: "\r\n")
                #expect(lines.first == "Vecka;Medel;80 %, nedre;80 %, övre;95 %, nedre;95 %, övre")
                #expect(lines.count == 53)
                let fields = lines[1].split(separator: ";", omittingEmptySubsequences: false)
                #expect(fields.count == 6)
                #expect(fields[1].contains(","))
                #expect(!fields[1].contains("."))
                #expect(Double(fields[1].replacingOccurrences(of: ",", with: ".")) != nil)
            }
            // The table's caption names the unit with å/ä/ö; an unknown table is a 404, an unknown format a 400.
            try await client.execute(
                uri: "/planeringsobjekt/\(object)?format=csv&tabell=saknas", method: .get, headers: ada.headers
            ) { #expect($0.status == .notFound) }
            try await client.execute(
                uri: "/planeringsobjekt/\(object)?format=pdf", method: .get, headers: ada.headers
            ) { #expect($0.status == .badRequest) }
        }
    }

    @Test func xlsxExportIsAWorkbookThatReadsBackWithNumbers() async throws {
        let (workspace, _) = try forecastWorkspace(forecast: true)
        defer { workspace.remove() }
        try workspace.addWebUser("ada", .analyst)
        let objects = try workspace.store.masterData().planningObjects
        try await webApplication(workspace).test(.router) { client in
            let ada = try await logIn(client, "ada", store: workspace.store)
            try await client.execute(uri: "/planeringsobjekt?format=xlsx", method: .get, headers: ada.headers) {
                response in
                #expect(response.status == .ok)
                #expect(
                    response.headers[.contentType]
                        == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                let bytes = Array(response.body.readableBytesView)
                #expect(Array(bytes.prefix(2)) == [0x50, 0x4B])
                let sheet = try XLSXWorkbook(data: Data(bytes)).sheet()
                #expect(sheet.rows.first?.cells.first == "Kod")
                #expect(sheet.rows.count == objects.count + 1)
                #expect(Set(sheet.rows.dropFirst().map { $0[0] }) == Set(objects.map(\.code)))
            }
            let first = try #require(try workspace.store.latestForecasts(.inflow).first)
            try await client.execute(
                uri: "/planeringsobjekt/\(first.objectCode)?format=xlsx&tabell=prognos", method: .get,
                headers: ada.headers
            ) { response in
                let sheet = try XLSXWorkbook(data: Data(Array(response.body.readableBytesView))).sheet()
                let mean = try #require(Double(sheet.rows[1][1]))
                #expect(abs(mean - first.forecast.mean[0]) < 1e-9)
            }
        }
    }
}
