import Foundation
import Hummingbird
import HummingbirdTesting
import NodeStore
import PlanningDomain
import RegionNode
import Testing

/// Uploading feed files through the import page.
@Suite("Web UI: import", .serialized)
struct WebImportTests {
    func multipart(csrf: String, fileName: String, contents: [UInt8]) -> ByteBuffer {
        RegionNodeTests.multipart(csrf: csrf, fields: [("flode", "")], fileName: fileName, contents: contents)
    }

    @Test func anAnalystUploadsAFileAndABrokenFileIsRefusedWithItsProblems() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.importFiles(tinyMasterData())
        try workspace.addWebUser("ada", .analyst)
        try workspace.addWebUser("bo", .tactical, unit: "ORT")
        let inflow = try Data(contentsOf: URL(fileURLWithPath: try fixture("inflode.csv")))
        try await webApplication(workspace).test(.router) { client in
            let ada = try await logIn(client, "ada", store: workspace.store)
            var headers = ada.headers
            headers[.contentType] = "multipart/form-data; boundary=xYz123"
            try await client.execute(
                uri: "/import", method: .post, headers: headers,
                body: multipart(csrf: ada.csrf, fileName: "inflode.csv", contents: Array(inflow))
            ) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location]?.hasPrefix("/import?klart=") == true)
            }
            #expect(try workspace.store.summary().inflow.rowCount > 0)
            try await client.execute(uri: "/import", method: .get, headers: ada.headers) { response in
                let html = String(buffer: response.body)
                #expect(html.contains("inflode.csv"))
                // The network's indicators that lack a feed are named with the file that would supply it.
                #expect(html.contains("Ingen data för genomförda (genomforda.csv)"))
                #expect(html.contains("nyttjandegrad för begränsande kapacitet"))
                try checkSwedishPage(html, "import page")
            }
            let before = try workspace.store.summary().importRunCount
            try await client.execute(
                uri: "/import", method: .post, headers: headers,
                body: multipart(
                    csrf: ada.csrf, fileName: "inflode.csv",
                    contents: Array("planeringsobjekt;vecka;antal\r\nORT-NYB;2025-W54;3\r\n".utf8))
            ) { response in
                #expect(response.status == .unprocessableContent)
                let html = String(buffer: response.body)
                #expect(html.contains("Ingenting har sparats"))
                #expect(html.contains("2025-W54"))
                try checkSwedishPage(html, "refused import")
            }
            #expect(try workspace.store.summary().importRunCount == before)

            // A manager may read the import status but not import.
            let bo = try await logIn(client, "bo", store: workspace.store)
            var boHeaders = bo.headers
            boHeaders[.contentType] = "multipart/form-data; boundary=xYz123"
            try await client.execute(
                uri: "/import", method: .post, headers: boHeaders,
                body: multipart(csrf: bo.csrf, fileName: "inflode.csv", contents: Array(inflow))
            ) { #expect($0.status == .forbidden) }
            try await client.execute(uri: "/import", method: .get, headers: bo.headers) { response in
                #expect(response.status == .ok)
                #expect(!String(buffer: response.body).contains("type=\"file\""))
            }
        }
    }
}
