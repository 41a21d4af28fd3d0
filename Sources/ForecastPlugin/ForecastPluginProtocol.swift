/// The versioned JSON protocol between the host and a forecast plugin.
///
/// The host writes one ``ForecastRequest`` as JSON to the plugin's standard input and closes it; the plugin
/// writes one ``ForecastResponse`` as JSON to standard output and exits with status 0. Anything else (another
/// exit status, a signal, output that does not validate) is a failed run, and the host keeps the last good
/// forecast. `Plugins/README.md` describes the protocol for plugin authors.
public enum ForecastPluginProtocol {
    /// The protocol version this contract speaks. A plugin's manifest and every message carry it.
    public static let currentVersion = 1

    /// The name of the manifest file in a plugin folder.
    public static let manifestFileName = "plugin.json"
}
