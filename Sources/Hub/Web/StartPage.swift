import Foundation
import HubStore
import PlanningDomain
import WebUI

/// The start page: for a region, its latest figures against the national median (with a chart of the shares and
/// ratios, which share one percentage scale); for the agency, how many regions report and what awaits review.
enum StartPage {
    /// What the agency's start page counts.
    struct AgencyFigures {
        var reportingRegions: Int
        var awaitingReview: Int
        var openRequests: Int
        var openOffers: Int
        var meetings: Int
    }

    static func region(_ lines: [ComparisonService.OverviewLine], tenantName: String) -> HTMLNode {
        let percentLines = lines.filter { $0.definition.unit == .share || $0.definition.unit == .ratio }.prefix(12)
        let chart = BarChart(
            options: ChartOptions(
                title: "\(tenantName) jämfört med nationell median (andelar och kvoter)", id: "egen-mot-median",
                unit: "procent", categoryTitle: "Indikator och grupp"),
            labels: percentLines.map { "\($0.definition.name) – \($0.group)" },
            series: [
                ChartSeries(
                    name: "Egen region", values: percentLines.map { $0.standing?.value.map { $0 * 100 } },
                    style: .actual),
                ChartSeries(
                    name: "Nationell median", values: percentLines.map { $0.result.comparison.median.map { $0 * 100 } },
                    style: ChartSeriesStyle(colour: .grey)),
            ])
        let table = DataTable(
            caption: "Senaste värden mot riket",
            columns: [
                .init("Indikator"), .init("Grupp"), .init("Period"), .init("Egen region"), .init("Median"),
                .init("Placering"),
            ],
            rows: lines.map { line in
                [
                    .link(
                        line.definition.name,
                        href: "/jamforelser?indikator=\(line.definition.id)&grupp=\(Query.encode(line.group))"
                            + "&period=\(line.period)"),
                    .text(line.group), .text(line.period.swedishLabel),
                    .text(ownText(line)),
                    .text(HubWebLayout.format(line.result.comparison.median, unit: line.definition.unit)),
                    .text(
                        line.standing?.rank.map {
                            "\($0) av \(line.result.comparison.regions.count { $0.rank != nil })"
                        } ?? "–"),
                ]
            }, emptyMessage: "Regionen har inte rapporterat några indikatorvärden ännu.")
        return .group {
            if !percentLines.isEmpty { chart.figure() }
            table.node()
        }
    }

    static func agency(_ figures: AgencyFigures) -> HTMLNode {
        KeyFigureCard.grid([
            KeyFigureCard(
                label: "Regioner som rapporterar", value: "\(figures.reportingRegions) av \(SwedishRegion.all.count)",
                href: "/jamforelser"),
            KeyFigureCard(
                label: "Lärande exempel att granska", value: "\(figures.awaitingReview)",
                badge: figures.awaitingReview > 0 ? StatusBadge("Väntar", tone: .warning) : nil, href: "/exempel"),
            KeyFigureCard(label: "Öppna kapacitetsförfrågningar", value: "\(figures.openRequests)", href: "/utbyte"),
            KeyFigureCard(label: "Öppna kapacitetserbjudanden", value: "\(figures.openOffers)", href: "/utbyte"),
            KeyFigureCard(label: "Nätverksträffar", value: "\(figures.meetings)", href: "/natverkstraffar"),
        ])
    }

    private static func ownText(_ line: ComparisonService.OverviewLine) -> String {
        switch line.standing?.figure {
        case .suppressed: "skyddat"
        case .reported: HubWebLayout.format(line.standing?.value, unit: line.definition.unit)
        default: "–"
        }
    }
}

/// Query-string encoding for links built in pages.
enum Query {
    static func encode(_ text: String) -> String {
        // ASCII letters and digits only: "ä" is percent-encoded like any other byte.
        var allowed = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }
}
