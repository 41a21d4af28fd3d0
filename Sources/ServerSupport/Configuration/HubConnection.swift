/// How a node reaches the hub: its URL, the file holding the node's credential, and an optional CA bundle for
/// verifying the hub's certificate (for a hub whose certificate comes from a private CA).
public struct HubConnection: Sendable, Equatable {
    /// Base URL, e.g. `https://hub.example.se:8090`.
    public var url: String
    /// File holding the node's hub credential (from `balans hub credential --role region-node`).
    public var tokenFile: String
    /// PEM bundle of CA certificates to trust for the hub; nil uses the system's CA store.
    public var certificateAuthorityFile: String?

    /// Creates a connection description.
    public init(url: String, tokenFile: String, certificateAuthorityFile: String? = nil) {
        self.url = url
        self.tokenFile = tokenFile
        self.certificateAuthorityFile = certificateAuthorityFile
    }
}
