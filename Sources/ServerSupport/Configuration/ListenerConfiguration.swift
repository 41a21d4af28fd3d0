/// Where an HTTP server listens and, optionally, the TLS certificate it presents.
public struct ListenerConfiguration: Sendable, Equatable {
    /// Address to bind, e.g. `127.0.0.1` (loopback only) or `0.0.0.0` (every interface).
    public var host: String
    /// Port; 0 picks a free one.
    public var port: Int
    /// Certificate and key; nil serves plain HTTP (only behind a TLS-terminating proxy or on loopback).
    public var tls: TLSFiles?

    /// Creates a listener configuration.
    public init(host: String = "127.0.0.1", port: Int, tls: TLSFiles? = nil) {
        self.host = host
        self.port = port
        self.tls = tls
    }

    /// `https` with TLS, `http` without.
    public var scheme: String { tls == nil ? "http" : "https" }

    /// Reads `server.host`, `server.port`, `tls.certificate_file` and `tls.key_file`.
    static func read(from reader: inout ConfigurationReader, defaultPort: Int) throws -> ListenerConfiguration {
        let host = try reader.string("server.host", default: "127.0.0.1")
        let port = try reader.integer("server.port", default: defaultPort, in: 0...65_535)
        let certificate = try reader.optionalString("tls.certificate_file")
        let key = try reader.optionalString("tls.key_file")
        switch (certificate, key) {
        case (nil, nil):
            return ListenerConfiguration(host: host, port: port)
        case (let certificate?, let key?):
            return ListenerConfiguration(
                host: host, port: port, tls: TLSFiles(certificateFile: certificate, keyFile: key))
        case (nil, _?):
            throw ConfigurationError(
                .inconsistent, source: reader.document.file, key: "tls.certificate_file",
                problem: "tls.key_file är satt men certifikatet saknas. Ange båda eller ingen av dem.")
        case (_?, nil):
            throw ConfigurationError(
                .inconsistent, source: reader.document.file, key: "tls.key_file",
                problem: "tls.certificate_file är satt men nyckeln saknas. Ange båda eller ingen av dem.")
        }
    }
}

/// A TLS certificate chain and its private key, both PEM files.
public struct TLSFiles: Sendable, Equatable {
    /// The certificate chain (leaf first), PEM.
    public var certificateFile: String
    /// The private key, PEM (unencrypted: the server starts without a passphrase prompt).
    public var keyFile: String

    /// Creates the pair.
    public init(certificateFile: String, keyFile: String) {
        self.certificateFile = certificateFile
        self.keyFile = keyFile
    }
}
