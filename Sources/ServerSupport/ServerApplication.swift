public import Hummingbird
import HummingbirdTLS
public import Logging

/// Builds the HTTP application for a node or the hub from an already built responder: plain HTTP, or TLS when
/// the listener names a certificate and key (both PEM files, checked here so a bad pair stops startup).
///
/// Wrap the router's responder in ``InstrumentedResponder`` first to get `/metrics` and request logs.
///
/// - Parameters:
///   - onRunning: called with the bound port once the server listens (useful with port 0).
public func buildServerApplication<Inner: HTTPResponder>(
    responder: Inner, listener: ListenerConfiguration, serverName: String, logger: Logger,
    onRunning: @escaping @Sendable (Int) async -> Void = { _ in }
) throws -> Application<Inner> where Inner.Context: InitializableFromSource<ApplicationRequestContextSource> {
    let configuration = ApplicationConfiguration(
        address: .hostname(listener.host, port: listener.port), serverName: serverName)
    guard let tls = listener.tls else {
        return Application(
            responder: responder, configuration: configuration,
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? listener.port) },
            logger: logger)
    }
    return Application(
        responder: responder, server: try .tls(tlsConfiguration: try tls.serverConfiguration()),
        configuration: configuration,
        onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? listener.port) }, logger: logger)
}
