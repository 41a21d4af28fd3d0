import HubStore
import PlanningDomain
import WebUI

/// The meetings page and the self-assessment's national view.
enum NetworkPages {
    static func meetings(_ meetings: [NetworkMeeting]) -> HTMLNode {
        DataTable(
            caption: "Nätverksträffar, senaste först",
            columns: [.init("Datum"), .init("Rubrik"), .init("Teman"), .init("Anteckningar")],
            rows: meetings.map { meeting in
                [
                    .text(SwedishFormat.date(meeting.date)), .text(meeting.title),
                    .text(meeting.themes.map(\.swedishName).joined(separator: "; ")), .text(meeting.notes),
                ]
            }, emptyMessage: "Inga nätverksträffar är registrerade ännu."
        ).node()
    }

    static func selfAssessment(_ national: NationalSelfAssessment, ownName: String?) -> HTMLNode {
        let shown = national.areas
        let chart = BarChart(
            options: ChartOptions(
                title: "Poäng per område: egen region och rikets median", id: "sjalvskattning", unit: "procent av max",
                categoryTitle: "Område"),
            labels: shown.map { "Område \($0.number)" },
            series: [
                ChartSeries(
                    name: ownName ?? "Egen region", values: shown.map { $0.ownScore.map { $0 * 100 } }, style: .actual),
                ChartSeries(
                    name: "Rikets median", values: shown.map { $0.median.map { $0 * 100 } },
                    style: ChartSeriesStyle(colour: .grey)),
            ])
        return .group {
            HTMLNode.p {
                "\(national.respondingRegions) regioner har besvarat självskattningen (\(national.questionnaireVersion)). "
                    + "Fördelningen visas bara för områden som minst \(NationalSelfAssessment.minimumRegions) regioner "
                    + "besvarat, så att ingen regions svar kan kännas igen."
            }
            chart.figure()
            DataTable(
                caption: "Områden",
                columns: [
                    .init("Område"), .init("Regioner", kind: .number(decimals: 0)),
                    .init("Egen poäng", kind: .percent(decimals: 0)),
                    .init("Median", kind: .percent(decimals: 0)), .init("Nedre kvartil", kind: .percent(decimals: 0)),
                    .init("Övre kvartil", kind: .percent(decimals: 0)),
                ],
                rows: shown.map { area in
                    [
                        .text("\(area.number). \(area.question)"), .number(Double(area.respondingRegions)),
                        .number(area.ownScore),
                        area.suppressed ? .badge(StatusBadge("Skyddat", tone: .neutral)) : .number(area.median),
                        .number(area.lowerQuartile), .number(area.upperQuartile),
                    ]
                }
            ).node()
        }
    }
}
