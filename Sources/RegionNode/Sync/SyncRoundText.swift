import WebUI
public import WireProtocol

/// Swedish text for `balans sync now`.
public enum SyncRoundText {
    /// One progress line, or nil for events not worth a line.
    public static func line(_ progress: SyncProgress) -> String? {
        switch progress {
        case .batchAcknowledged(
            let stream, let batchID, let items, let imported, let updated, let ignored, let rejected):
            "\(name(stream)): batch \(batchID) kvitterad: \(items) poster (\(imported) nya, \(updated) uppdaterade, "
                + "\(ignored) oförändrade, \(rejected) avvisade)."
        case .failed(let stream, let code, let message):
            "\(name(stream)): \(code) – \(message) Försöker igen."
        case .stopped(let stream, let code, let message):
            "\(name(stream)) stoppad: \(code) – \(message)"
        case .pageApplied:
            nil
        }
    }

    /// The round's summary.
    public static func summary(_ report: SyncRoundReport) -> String {
        var lines = ["Synkning för region \(report.regionCode)"]
        if let weeks = report.export.weeks {
            lines.append(
                "Export:                \(report.export.computed) indikatorvärden för \(weeks.lowerBound)–"
                    + "\(weeks.upperBound), \(report.export.suppressed) skyddade (små tal), "
                    + "\(report.export.enqueued) nya eller ändrade i utkorgen")
        } else {
            lines.append("Export:                inga veckodata att beräkna indikatorer från")
        }
        let outcome = { (name: String) in report.outcomes[name] ?? 0 }
        lines.append("Skickade batcher:      \(report.batches)")
        lines.append(
            "Kvitterade poster:     \(outcome("imported")) nya, \(outcome("updated")) uppdaterade, "
                + "\(outcome("ignored")) oförändrade, \(outcome("rejected")) avvisade")
        let perStream = report.pendingByStream.sorted { $0.key.rawValue < $1.key.rawValue }
            .map { "\(name($0.key).lowercased()) \($0.value)" }
        lines.append(
            "Kvar i utkorgen:       \(report.pending)"
                + (perStream.isEmpty ? "" : " (" + perStream.joined(separator: ", ") + ")"))
        lines.append(
            "Nationella jämförelser: \(report.comparisons) (\(report.changesApplied) ändringar hämtade nu)")
        lines.append("Lärande exempel:       \(report.publishedExamples)")
        lines.append("Indikatorkatalog:      " + (report.catalogueVersion.map { "version \($0)" } ?? "ingen hämtad än"))
        let seconds = { (value: Double) in SwedishFormat.number(value, decimals: 2) }
        lines.append(
            "Tid:                   export \(seconds(report.durations.export)) s, sändning "
                + "\(seconds(report.durations.upload)) s, hämtning \(seconds(report.durations.download)) s")
        for error in report.errors { lines.append("Fel: \(error)") }
        lines.append(
            report.completed
                ? "Synkningen är klar."
                : "Synkningen blev inte klar inom tidsgränsen; det som inte kvitterats skickas igen nästa gång.")
        return lines.joined(separator: "\n")
    }

    /// The stream's Swedish name, e.g. "Lärande exempel".
    public static func name(_ stream: SyncStream) -> String {
        switch stream {
        case .indicators: "Indikatorer"
        case .selfAssessments: "Självskattningar"
        case .learningExamples: "Inskickade lärande exempel"
        case .exchangeMessages: "Kapacitetsutbyte (meddelanden)"
        case .deliveryFollowUps: "Leveransuppföljning"
        case .definitions: "Indikatorkatalog"
        case .publishedExamples: "Lärande exempel"
        case .nationalComparisons: "Nationella jämförelser"
        case .exchangeState: "Kapacitetsutbyte (läge)"
        }
    }
}
