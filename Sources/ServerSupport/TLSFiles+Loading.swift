public import NIOSSL

extension TLSFiles {
    /// Reads the certificate chain and key and checks that they belong together, so a bad file stops startup
    /// with a message naming it (instead of failing when the first client connects).
    public func serverConfiguration() throws -> TLSConfiguration {
        let certificates: [NIOSSLCertificate]
        do {
            certificates = try NIOSSLCertificate.fromPEMFile(certificateFile)
        } catch {
            throw ConfigurationError(
                .invalidValue, source: certificateFile, key: "tls.certificate_file",
                problem: "filen kunde inte läsas som PEM-certifikat (\(error)). Ange certifikatkedjan i PEM-format.")
        }
        guard !certificates.isEmpty else {
            throw ConfigurationError(
                .invalidValue, source: certificateFile, key: "tls.certificate_file",
                problem: "filen innehåller inget certifikat. Ange certifikatkedjan i PEM-format.")
        }
        let key: NIOSSLPrivateKey
        do {
            key = try NIOSSLPrivateKey(file: keyFile, format: .pem)
        } catch {
            throw ConfigurationError(
                .invalidValue, source: keyFile, key: "tls.key_file",
                problem: "filen kunde inte läsas som okrypterad privat nyckel i PEM-format (\(error)).")
        }
        let configuration = TLSConfiguration.makeServerConfiguration(
            certificateChain: certificates.map { .certificate($0) }, privateKey: .privateKey(key))
        do {
            // Building a context checks that the key matches the leaf certificate.
            _ = try NIOSSLContext(configuration: configuration)
        } catch {
            throw ConfigurationError(
                .inconsistent, source: keyFile, key: "tls.key_file",
                problem:
                    "nyckeln hör inte till certifikatet i \(certificateFile) (\(error)). Ange nyckelparet som hör ihop."
            )
        }
        return configuration
    }
}
