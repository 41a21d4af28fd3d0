import ForecastPlugin

#if canImport(Glibc)
    import Glibc
#endif

// Turning a process outcome or an unsupported request into a Swedish failure.
extension PluginRunner {
    func failure(for termination: ProcessOutcome.Termination, pluginID id: String, log: String) -> PluginFailure? {
        switch termination {
        case .exited(0):
            return nil
        case let .exited(status):
            return PluginFailure(
                .exitedWithStatus(status), pluginID: id,
                message: "Pluginen \"\(id)\" avslutades med felkod \(status); se loggen för dess felutskrift.",
                log: log)
        case let .signaled(signal):
            return PluginFailure(
                .crashed(signal: signal), pluginID: id,
                message: "Pluginen \"\(id)\" kraschade (signal \(signal)\(Self.signalName(signal))).", log: log)
        case .timedOut:
            return PluginFailure(
                .timedOut, pluginID: id,
                message: "Pluginen \"\(id)\" blev inte klar inom \(Self.seconds(configuration.deadline)) och "
                    + "stoppades; hela dess processgrupp avslutades.",
                log: log)
        case .outputTooLarge:
            return PluginFailure(
                .outputTooLarge, pluginID: id,
                message: "Pluginen \"\(id)\" skrev mer än \(Self.bytes(configuration.maximumOutputBytes)) på "
                    + "standard ut och stoppades.",
                log: log)
        case .logTooLarge:
            return PluginFailure(
                .logTooLarge, pluginID: id,
                message: "Pluginen \"\(id)\" skrev mer än \(Self.bytes(configuration.maximumLogBytes)) på "
                    + "standard fel och stoppades.",
                log: log)
        }
    }

    static func unsupported(_ request: ForecastRequest, by manifest: PluginManifest) -> String? {
        let id = manifest.id
        if !manifest.frequencies.contains(request.frequency) {
            return "Pluginen \"\(id)\" stöder inte frekvensen \(request.frequency.rawValue) "
                + "(bara \(manifest.frequencies.map(\.rawValue).joined(separator: ", "))."
        }
        guard request.command == .forecast else { return nil }
        if request.horizon < 1 || request.horizon > manifest.maximumHorizon {
            return "Pluginen \"\(id)\" tar horisonter 1–\(manifest.maximumHorizon), inte \(request.horizon)."
        }
        if let level = request.quantiles.first(where: { !($0 > 0 && $0 < 1) }) {
            return "Kvantilnivån \(level) ligger inte mellan 0 och 1."
        }
        if Set(request.series.map(\.id)).count != request.series.count {
            return "Frågan till pluginen \"\(id)\" har samma serie-id mer än en gång."
        }
        return nil
    }

    static func seconds(_ duration: Duration) -> String {
        let hundredths = Int(
            (Double(duration.components.seconds) * 100
                + Double(duration.components.attoseconds) / 1e16).rounded())
        if hundredths % 100 == 0 { return "\(hundredths / 100) s" }
        let fraction = hundredths % 100
        let decimals = fraction % 10 == 0 ? "\(fraction / 10)" : (fraction < 10 ? "0\(fraction)" : "\(fraction)")
        return "\(hundredths / 100),\(decimals) s"
    }

    static func bytes(_ count: Int) -> String {
        if count >= 1 << 20, count % (1 << 20) == 0 { return "\(count >> 20) MiB" }
        if count >= 1 << 10, count % (1 << 10) == 0 { return "\(count >> 10) KiB" }
        return "\(count) byte"
    }

    static func signalName(_ signal: Int32) -> String {
        switch signal {
        case SIGSEGV: ", SIGSEGV – minnesfel"
        case SIGABRT: ", SIGABRT – avbröt sig själv"
        case SIGKILL: ", SIGKILL"
        case SIGTERM: ", SIGTERM"
        case SIGBUS: ", SIGBUS"
        case SIGFPE: ", SIGFPE"
        default: ""
        }
    }
}
