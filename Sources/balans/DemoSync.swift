import Credentials
import Foundation
import HubStore
import NodeStore
import RegionNode

/// The demo's sync: each node has its own Ed25519 key and a region-node credential at the hub (registered once,
/// kept in the node's folder), and runs one sync round over loopback once the hub listens.
enum DemoSync {
    struct Node {
        var code: String
        var store: NodeStore
        var keyPath: String
        var token: String
    }

    /// Creates (or reuses) each node's key and hub credential.
    static func register(nodes: [(code: String, store: NodeStore)], hub: HubStore, dataDirectory: String) throws
        -> [Node]
    {
        try nodes.map { node in
            let keyPath = "\(dataDirectory)/\(node.code)/nod-nyckel.ed25519"
            let tokenPath = "\(dataDirectory)/\(node.code)/hubbnyckel.txt"
            let key = try SigningKey.loadOrCreate(at: keyPath).key
            if let token = try? String(contentsOfFile: tokenPath, encoding: .utf8),
                try hub.identity(for: AccessToken(secret: token)) != nil
            {
                return Node(code: node.code, store: node.store, keyPath: keyPath, token: token)
            }
            let issued = try hub.issueCredential(
                tenantCode: node.code, role: .regionNode, label: "Demonod \(node.code)",
                publicKey: key.publicKeyBase64, at: Date())
            try Data(issued.token.secret.utf8).write(to: URL(fileURLWithPath: tokenPath), options: .atomic)
            try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: tokenPath)
            return Node(code: node.code, store: node.store, keyPath: keyPath, token: issued.token.secret)
        }
    }

    /// One round per node against the hub on `hubPort`: indicators up, national comparisons down.
    static func round(_ nodes: [Node], hubPort: Int) async -> [String] {
        var lines: [String] = []
        for node in nodes {
            let configuration = NodeSyncConfiguration(
                hubURL: "http://127.0.0.1:\(hubPort)", token: node.token, signingKeyPath: node.keyPath,
                regionCode: node.code)
            do {
                let session = try await SyncSession.open(configuration)
                let report = try await SyncRound.run(session: session, store: node.store)
                lines.append("Synk \(node.code): " + SyncRoundText.summary(report))
            } catch {
                lines.append("Synk \(node.code) misslyckades: \(error)")
            }
        }
        return lines
    }
}
