import Foundation
import HubStore
import PlanningDomain
import WebUI

/// The exchange page: the requests and offers the caller may see, the best matches for its own live requests,
/// and its agreements with delivered against agreed volume.
enum ExchangePage {
    static func render(_ exchange: CapacityExchange, tenant: NetworkTenant, week: ISOWeek) -> HTMLNode {
        let ownRequests = exchange.requests.filter { $0.owner == tenant && $0.status.isLive }
        let agreements = exchange.agreements
        return .group {
            postings("Kapacitetsförfrågningar du kan se", exchange.requests.map(Row.init), tenant: tenant)
            postings("Kapacitetserbjudanden du kan se", exchange.offers.map(Row.init), tenant: tenant)
            if !ownRequests.isEmpty {
                HTMLNode.h2 { "Bästa matchningar för regionens förfrågningar" }
                DataTable(
                    caption: "Erbjudanden som passar, bäst först",
                    columns: [
                        .init("Förfrågan"), .init("Erbjudande"), .init("Region"), .init("Närhet"),
                        .init("Kan matchas", kind: .number(decimals: 0)),
                        .init("Passning", kind: .percent(decimals: 0)),
                    ],
                    rows: ownRequests.flatMap { request in
                        (exchange.rankedOffers(forRequest: request.id, visibleTo: tenant) ?? []).prefix(3).map {
                            match in
                            [
                                .text(request.id), .text(match.offer),
                                .text(SwedishRegion.withCode(match.counterpart)?.name ?? match.counterpart),
                                .text(match.proximity.swedishName), .number(Double(match.matchableCount)),
                                .number(match.fitScore),
                            ]
                        }
                    }, emptyMessage: "Inga erbjudanden passar regionens förfrågningar just nu."
                ).node()
            }
            HTMLNode.h2 { "Överenskommelser" }
            if !agreements.isEmpty {
                BarChart(
                    options: ChartOptions(
                        title: "Levererat mot överenskommet", id: "leveranser", unit: "volym",
                        categoryTitle: "Överenskommelse"),
                    labels: agreements.map(\.id),
                    series: [
                        ChartSeries(
                            name: "Överenskommet", values: agreements.map { Double($0.volume.count) }, style: .plan),
                        ChartSeries(
                            name: "Levererat", values: agreements.map { Double($0.deliveredCount) }, style: .actual),
                    ]
                ).figure()
            }
            DataTable(
                caption: "Överenskommelser du är part i",
                columns: [
                    .init("Id"), .init("Utförare"), .init("Mottagare"), .init("Vård"), .init("Status"),
                    .init("Överenskommet", kind: .number(decimals: 0)), .init("Levererat", kind: .number(decimals: 0)),
                    .init("Efter plan", kind: .number(decimals: 0)),
                ],
                rows: agreements.map { agreement in
                    let followUp = AgreementFollowUp(agreement, asOf: week)
                    return [
                        .text(agreement.id), .text(name(agreement.provider)), .text(name(agreement.recipient)),
                        .text(agreement.group.description), .text(agreement.status.swedishName),
                        .number(Double(followUp.agreed)), .number(Double(followUp.delivered)),
                        .number(Double(followUp.behindPlan)),
                    ]
                }, emptyMessage: "Inga överenskommelser ännu."
            ).node()
        }
    }

    private struct Row {
        var id: String
        var region: String
        var group: CapacityGroup
        var volume: ExchangeVolume
        var remaining: Int
        var period: WeekRange
        var radius: ExchangeRadius
        var status: PostingStatus

        init(_ posting: some ExchangePosting) {
            id = posting.id
            region = posting.region
            group = posting.group
            volume = posting.volume
            remaining = posting.remainingCount
            period = posting.period
            radius = posting.radius
            status = posting.status
        }
    }

    private static func postings(_ caption: String, _ rows: [Row], tenant: NetworkTenant) -> HTMLNode {
        DataTable(
            caption: caption,
            columns: [
                .init("Id"), .init("Region"), .init("Vård"), .init("Volym"),
                .init("Återstår", kind: .number(decimals: 0)),
                .init("Veckor"), .init("Räckvidd"), .init("Status"),
            ],
            rows: rows.map { row in
                [
                    .text(row.id),
                    .text(tenant == .region(row.region) ? "\(name(row.region)) (egen)" : name(row.region)),
                    .text(row.group.description), .text(row.volume.description), .number(Double(row.remaining)),
                    .text(row.period.description), .text(row.radius.swedishName), .text(row.status.swedishName),
                ]
            }, emptyMessage: "Inget att visa."
        ).node()
    }

    private static func name(_ code: String) -> String { SwedishRegion.withCode(code)?.name ?? code }
}
