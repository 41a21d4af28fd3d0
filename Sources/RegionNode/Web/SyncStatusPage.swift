import Foundation
import NodeStore
import SyncEngine
import WebUI
import WireProtocol

/// "Synkronisering": the node's sync with the hub per stream (``SyncStatusReport``) — direction, phase, last
/// success, queue length, oldest unsent item, last error — and the items the hub or the node refused. Operators
/// read it when the hub seems not to have the region's figures, or the examples do not arrive.
enum SyncStatusPage {
    static func build(_ context: PageContext) throws -> WebPage {
        let report = try SyncStatusReport.read(from: context.store)
        var page = context.page("Synkronisering")
        page.paragraph(
            "Noden skickar regionens indikatorer till hubben och hämtar indikatorkatalogen, publicerade lärande "
                + "exempel och nationella jämförelser. Varje ström har sin egen position och sitt eget läge.")
        page.add(
            KeyFigureCard.grid([
                KeyFigureCard(
                    label: "I utkorgen", value: SwedishFormat.integer(report.streams.map(\.queueLength).reduce(0, +)),
                    detail: "poster som väntar på kvittens"),
                KeyFigureCard(
                    label: "Avvisade poster", value: SwedishFormat.integer(report.rejectedItems),
                    detail: "skickas aldrig igen", badge: report.rejectedItems > 0 ? .belowPlan : nil),
                KeyFigureCard(
                    label: "Lärande exempel", value: SwedishFormat.integer(report.publishedExamples),
                    href: "/larande-exempel"),
                KeyFigureCard(
                    label: "Indikatorkatalog", value: report.catalogueVersion.map { "version \($0)" } ?? "–",
                    detail: "senaste hämtade version"),
            ]))
        if report.streams.contains(where: { $0.phase == StreamPhase.stopped.rawValue }) {
            page.flash.append(
                FlashMessage(
                    .error,
                    "En ström har stoppats och hämtar eller skickar inget förrän orsaken är åtgärdad; se senaste fel."))
        }
        page.add(
            WebTable(
                id: "strommar", caption: "Strömmar",
                columns: [
                    .init("Ström"), .init("Riktning"), .init("Läge"), .init("Senast lyckad"),
                    .init("I kö", kind: .number(decimals: 0)), .init("Äldsta osända"), .init("Senaste fel"),
                    .init("Misslyckanden i rad", kind: .number(decimals: 0)), .init("Position"),
                ],
                rows: report.streams.map { stream in
                    [
                        .text(streamName(stream.stream)),
                        .text(stream.direction == "up" ? "Till hubben" : "Från hubben"),
                        .badge(phaseBadge(stream.phase)), .text(time(stream.lastSuccess)),
                        .number(Double(stream.queueLength)), .text(time(stream.oldestUnsent)),
                        .text(stream.lastError.map { "\($0.code): \($0.message) (\(time($0.at)))" } ?? "–"),
                        .number(Double(stream.consecutiveFailures)), .text(position(stream)),
                    ]
                }, fileName: "synkronisering"))
        let rejected = try context.store.rejectedItems(limit: 50)
        page.add(
            WebTable(
                id: "avvisade", caption: "Senast avvisade poster (högst 50)",
                columns: [.init("Ström"), .init("Nyckel"), .init("Orsak"), .init("Meddelande"), .init("Tid")],
                rows: rejected.map { item in
                    [
                        .text(streamName(item.stream)), .text(item.key), .text(item.reason), .text(item.message ?? ""),
                        .text(time(item.recordedAt)),
                    ]
                }, fileName: "avvisade-poster", emptyMessage: "Inga poster har avvisats."))
        return page
    }

    /// The Swedish name of a stream's path segment.
    static func streamName(_ segment: String) -> String {
        SyncStream(rawValue: segment).map(SyncRoundText.name) ?? segment
    }

    /// A badge for a phase (`never` before the first sync).
    static func phaseBadge(_ phase: String) -> StatusBadge {
        switch StreamPhase(rawValue: phase) {
        case .idle: StatusBadge("Klar", tone: .positive)
        case .working: StatusBadge("Arbetar", tone: .info)
        case .resyncing: StatusBadge("Läser om från början", tone: .info)
        case .backingOff: StatusBadge("Väntar på nytt försök", tone: .warning)
        case .waitingForUploads: StatusBadge("Väntar på att utkorgen töms", tone: .warning)
        case .stopped: StatusBadge("Stoppad", tone: .negative)
        case nil: StatusBadge("Aldrig synkad", tone: .neutral)
        }
    }

    /// Up: the acknowledged sequence; down: the applied change sequence and the hub's epoch.
    static func position(_ stream: SyncStatusReport.Stream) -> String {
        guard let epoch = stream.epoch, !epoch.isEmpty else { return "\(stream.cursor)" }
        return "\(stream.cursor) (epok \(epoch))"
    }

    /// "2026-12-09 14:05" in Swedish time, or "–".
    static func time(_ date: Date?) -> String {
        guard let date else { return "–" }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "sv_SE")
        formatter.timeZone = TimeZone(identifier: "Europe/Stockholm")
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.string(from: date)
    }
}
