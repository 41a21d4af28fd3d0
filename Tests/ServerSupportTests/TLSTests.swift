import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import ServerSupport
import Testing

/// A throwaway CA-less self-signed certificate for `localhost`, made with the openssl command.
struct SelfSignedCertificate {
    let directory: URL
    var certificate: String { directory.appendingPathComponent("cert.pem").path }
    var key: String { directory.appendingPathComponent("key.pem").path }

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("balans-tls-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let status = try runBlocking(
            "/usr/bin/openssl",
            [
                "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=localhost",
                "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1", "-keyout", key, "-out", certificate,
            ]
        ).status
        guard status == 0 else { throw CocoaError(.fileWriteUnknown) }
    }

    func remove() { try? FileManager.default.removeItem(at: directory) }
}

/// Runs a program to completion off the cooperative thread pool (a blocked pool thread could starve the server
/// under test on a two-core machine) and returns its exit status and standard output.
func run(_ executable: String, _ arguments: [String]) async throws -> (status: Int32, output: String) {
    try await withCheckedThrowingContinuation { continuation in
        Thread.detachNewThread {
            continuation.resume(with: Result { try runBlocking(executable, arguments) })
        }
    }
}

/// Runs a program to completion, blocking the calling thread.
func runBlocking(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}

@Suite("TLS listener", .serialized)
struct TLSTests {
    func responder() -> InstrumentedResponder<RouterResponder<BasicRequestContext>> {
        let router = Router()
        HealthController<BasicRequestContext>(isReady: { true }).addRoutes(to: router)
        return InstrumentedResponder(router.buildResponder(), metrics: OperationalMetrics())
    }

    @Test func servesHealthOverHTTPSVerifiedAgainstTheCertificate() async throws {
        let certificate = try SelfSignedCertificate()
        defer { certificate.remove() }
        let listener = ListenerConfiguration(
            host: "127.0.0.1", port: 0,
            tls: TLSFiles(certificateFile: certificate.certificate, keyFile: certificate.key))
        #expect(listener.scheme == "https")
        let app = try buildServerApplication(
            responder: responder(), listener: listener, serverName: "balans-test", logger: Logger(label: "test"))
        try await app.test(.live) { client in
            let port = try #require(client.port)
            // A generous limit: the whole suite runs in parallel on two cores, and a CPU-bound test elsewhere can hold
            // the cooperative pool that serves this request for several seconds (CI once timed out at 10 s).
            let verified = try await run(
                "/usr/bin/curl",
                ["-s", "--max-time", "60", "--cacert", certificate.certificate, "https://localhost:\(port)/health"])
            #expect(verified.status == 0)
            #expect(verified.output == "ok\n")
            // Plain HTTP to the TLS port gets no answer, and an unverified client is refused.
            let plain = try await run("/usr/bin/curl", ["-s", "--max-time", "10", "http://localhost:\(port)/health"])
            #expect(plain.output != "ok\n")
            let unverified = try await run(
                "/usr/bin/curl", ["-s", "--max-time", "10", "https://localhost:\(port)/health"])
            #expect(unverified.status != 0)
        }
    }

    @Test func aKeyThatDoesNotMatchTheCertificateStopsStartup() throws {
        let first = try SelfSignedCertificate()
        let second = try SelfSignedCertificate()
        defer {
            first.remove()
            second.remove()
        }
        let mismatched = TLSFiles(certificateFile: first.certificate, keyFile: second.key)
        #expect {
            _ = try mismatched.serverConfiguration()
        } throws: { error in
            (error as? ConfigurationError)?.code == .inconsistent && "\(error)".contains("tls.key_file")
        }
        let missing = TLSFiles(
            certificateFile: first.directory.appendingPathComponent("nej.pem").path, keyFile: first.key)
        #expect {
            _ = try missing.serverConfiguration()
        } throws: { error in
            (error as? ConfigurationError)?.key == "tls.certificate_file"
        }
    }
}
