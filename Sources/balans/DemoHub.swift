import Foundation
import HubStore
import PlanningDomain
import RegionNode

/// The demo's hub: every region and the agency as tenants, and logins for the demo regions and the agency.
enum DemoHub {
    static func prepare(path: String, regions: [String], rounds: Int) throws -> HubStore {
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let store = try HubStore.open(path: path)
        try store.ensureTenants(
            regions: SwedishRegion.all, agencyCode: HubCommand.agencyCode, agencyName: HubCommand.agencyName)
        _ = try store.seedCatalogue(agencyCode: HubCommand.agencyCode, at: Date())
        let password = DemoRegionPreparation.password
        for code in regions {
            try store.ensureUser(
                tenantCode: code, username: "region\(code)", displayName: SwedishRegion.withCode(code)!.name,
                role: .regionUser, password: password, rounds: rounds, at: Date())
        }
        try store.ensureUser(
            tenantCode: HubCommand.agencyCode, username: "kurator", displayName: "Karin Kurator", role: .agencyCurator,
            password: password, rounds: rounds, at: Date())
        try store.ensureUser(
            tenantCode: HubCommand.agencyCode, username: "myndighetsadmin", displayName: "Magnus Admin",
            role: .agencyAdmin, password: password, rounds: rounds, at: Date())
        return store
    }
}

/// What the demo prints for a newcomer.
enum DemoText {
    static func printWelcome(ports: [String: Int], regions: [String]) {
        var lines = ["", "Balans-demon körs (syntetiska data – endast för demonstration).", ""]
        if let hub = ports["hub"] {
            lines.append("Hubben (nationella noden): http://127.0.0.1:\(hub)/")
            lines.append("  logga in som kurator (myndigheten) eller region<kod>, t.ex. region\(regions[0])")
        }
        for code in regions {
            guard let port = ports[code], let region = SwedishRegion.withCode(code) else { continue }
            lines.append("\(region.name): http://127.0.0.1:\(port)/")
        }
        lines += [
            "  logga in som analytiker, taktiker, strateg, enhetschef eller admin",
            "Lösenord för alla demoanvändare: \(DemoRegionPreparation.password)",
            "",
            "JSON-API: /api/v1/… (se /api/v1/openapi.json), hälsa: /health och /ready.",
            "Stoppa med Ctrl-C.",
        ]
        printNow(lines.joined(separator: "\n"))
    }
}

/// Prints and flushes at once, so lines keep their order with output written straight to the file handle.
func printNow(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}
