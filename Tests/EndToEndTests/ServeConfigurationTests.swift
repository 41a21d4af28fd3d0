import Foundation
import Testing

/// `balans node serve` / `balans hub serve` driven by a configuration file, as an operator runs them.
@Suite("serve --config: TLS, metrics, configuration errors", .serialized)
struct ServeConfigurationTests {
    /// Starts a server command and waits for its "lyssnar på <url>" line.
    func start(_ arguments: [String], environment: [String: String] = [:]) throws -> (Process, String) {
        let process = Process()
        process.executableURL = BalansProcess.executable
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        var text = ""
        let deadline = Date().addingTimeInterval(30)
        while !text.contains("\n"), Date() < deadline {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            text += String(decoding: chunk, as: UTF8.self)
        }
        guard let range = text.range(of: "https?://127.0.0.1:[0-9]+", options: .regularExpression) else {
            process.terminate()
            throw CocoaError(.fileReadUnknown)
        }
        return (process, String(text[range]))
    }

    func curl(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
        process.arguments = ["-s", "--max-time", "60"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    func makeCertificate(in directory: TemporaryDirectory) throws -> (certificate: String, key: String) {
        let certificate = directory.path("cert.pem")
        let key = directory.path("key.pem")
        let openssl = Process()
        openssl.executableURL = URL(fileURLWithPath: "/usr/bin/openssl")
        openssl.arguments = [
            "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=localhost",
            "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1", "-keyout", key, "-out", certificate,
        ]
        openssl.standardOutput = FileHandle.nullDevice
        openssl.standardError = FileHandle.nullDevice
        try openssl.run()
        openssl.waitUntilExit()
        #expect(openssl.terminationStatus == 0)
        return (certificate, key)
    }

    @Test func nodeServesHTTPSFromItsConfigFileAndExposesMetrics() throws {
        let directory = try TemporaryDirectory()
        let (certificate, key) = try makeCertificate(in: directory)
        let config = directory.path("node.yaml")
        try """
        server:
          port: 0
        tls:
          certificate_file: \(certificate)
          key_file: \(key)
        storage:
          database: \(directory.path("data/region.sqlite"))
        logging:
          level: warning
        """.write(toFile: config, atomically: true, encoding: .utf8)
        let (server, url) = try start(["node", "serve", "--config", config])
        defer { if server.isRunning { server.terminate() } }
        #expect(url.hasPrefix("https://"))
        let port = url.split(separator: ":").last.map(String.init) ?? ""
        let health = try curl(["--cacert", certificate, "https://localhost:\(port)/health"])
        #expect(health.status == 0)
        #expect(health.output == "ok\n")
        let metrics = try curl(["--cacert", certificate, "https://localhost:\(port)/metrics"])
        #expect(metrics.output.contains(#"balans_http_requests_total{method="GET",route="/health",status="200"} 1"#))
        server.terminate()
        server.waitUntilExit()
        #expect(server.terminationStatus == 0)
        // The database was created in the configured (new) folder.
        #expect(FileManager.default.fileExists(atPath: directory.path("data/region.sqlite")))
    }

    @Test func flagsAndEnvironmentOverrideTheFile() throws {
        let directory = try TemporaryDirectory()
        let config = directory.path("hub.yaml")
        try "server:\n  port: 1\nstorage:\n  database: \(directory.path("fel.sqlite"))\n"
            .write(toFile: config, atomically: true, encoding: .utf8)
        let (server, url) = try start(
            ["hub", "serve", "--config", config, "--port", "0"],
            environment: ["BALANS_STORAGE_DATABASE": directory.path("hub.sqlite")])
        defer { if server.isRunning { server.terminate() } }
        #expect(url.hasPrefix("http://127.0.0.1:"))
        #expect(try curl(["\(url)/ready"]).output == "ready\n")
        server.terminate()
        server.waitUntilExit()
        #expect(FileManager.default.fileExists(atPath: directory.path("hub.sqlite")))
        #expect(!FileManager.default.fileExists(atPath: directory.path("fel.sqlite")))
    }

    @Test func aBadKeyStopsStartupWithAMessageNamingIt() throws {
        let directory = try TemporaryDirectory()
        let config = directory.path("node.yaml")
        try "server:\n  port: \"abc\"\n".write(toFile: config, atomically: true, encoding: .utf8)
        let badType = try BalansProcess.run(["node", "serve", "--config", config])
        #expect(badType.status != 0)
        #expect(badType.errors.contains("\(config):2: server.port: \"abc\" är inte ett heltal (0–65535)"))

        try "server:\n  prot: 8080\n".write(toFile: config, atomically: true, encoding: .utf8)
        let unknown = try BalansProcess.run(["node", "serve", "--config", config])
        #expect(unknown.status != 0)
        #expect(unknown.errors.contains("server.prot: okänd nyckel. Menade du server.port?"))

        let environment = try BalansProcess.run(
            ["hub", "serve", "--port", "0"], environment: ["BALANS_LOGGING_LEVEL": "loud"])
        #expect(environment.status != 0)
        #expect(environment.errors.contains("miljövariabeln BALANS_LOGGING_LEVEL: logging.level: \"loud\""))
    }
}
