import Credentials
import Foundation
import HubClient
import Hummingbird
import HummingbirdTesting
import Logging
import ServerSupport
import Testing

/// The sync client against an `https` hub whose certificate is signed by no public CA: refused with the system's
/// trust store, accepted once the node is configured with that certificate as its CA file (`hub.ca_file`).
@Suite("Hub client over TLS with a custom CA", .serialized)
struct HubClientTLSTests {
    @Test func theClientTrustsOnlyTheConfiguredCertificateAuthority() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("hub-tls-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let certificate = directory.appendingPathComponent("hub.pem").path
        let key = directory.appendingPathComponent("hub-key.pem").path
        let openssl = Process()
        openssl.executableURL = URL(fileURLWithPath: "/usr/bin/openssl")
        openssl.arguments = [
            "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-days", "2",
            "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost", "-keyout", key, "-out", certificate,
        ]
        openssl.standardError = FileHandle.nullDevice
        try openssl.run()
        openssl.waitUntilExit()
        try #require(openssl.terminationStatus == 0)

        let router = Router()
        router.get("api/v1/whoami") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "application/json"],
                body: .init(
                    byteBuffer: ByteBuffer(string: #"{"tenant":"05","tenantName":"Östergötland","role":"region-node"}"#)
                ))
        }
        let app = try buildServerApplication(
            responder: router.buildResponder(),
            listener: ListenerConfiguration(
                host: "127.0.0.1", port: 0, tls: TLSFiles(certificateFile: certificate, keyFile: key)),
            serverName: "hub-tls-test", logger: Logger(label: "test"))
        try await app.test(.live) { client in
            let port = try #require(client.port)
            let signer = Ed25519BatchSigner(key: SigningKey.generate())
            let plain = HubSyncClient(baseURL: "https://localhost:\(port)", token: "t", signer: signer)
            await #expect(throws: HubClientError.self) { try await plain.whoAmI(timeoutMilliseconds: 2_000) }

            let trusting = try plain.trustingCertificateAuthorities(inFile: certificate)
            let caller = try await trusting.whoAmI(timeoutMilliseconds: 60_000)
            #expect(caller.tenant == "05" && caller.role == "region-node")
        }
        #expect(throws: HubClientError.self) {
            try HubSyncClient(baseURL: "https://localhost", token: "t", signer: Ed25519BatchSigner(key: .generate()))
                .trustingCertificateAuthorities(inFile: directory.appendingPathComponent("saknas.pem").path)
        }
    }
}
