import HubStore
import PlanningDomain
import WebUI

/// The comparisons page: choose indicator, group and period; a bar chart of every region with the national median
/// as a line; and the table with ranks and trends. Suppressed regions are shown as "skyddat", never as a number.
enum ComparisonPage {
    static func render(
        definitions: [IndicatorDefinition], selected: IndicatorDefinition?, groups: [String], group: String?,
        periods: [IndicatorPeriod], result: ComparisonService.Result?, callerCode: String?
    ) -> HTMLNode {
        let selector = Form(
            action: "/jamforelser", method: .get, csrfToken: nil,
            fields: [
                FormField(
                    name: "indikator", label: "Indikator", value: selected?.id ?? "",
                    control: .select(definitions.map { SelectOption(value: $0.id, label: $0.name) })),
                FormField(
                    name: "grupp", label: "Grupp", value: group ?? "",
                    control: .select(groups.map { SelectOption(value: $0, label: $0) })),
                FormField(
                    name: "period", label: "Period", value: result?.comparison.period.description ?? "",
                    control: .select(periods.map { SelectOption(value: $0.description, label: $0.swedishLabel) })),
            ], buttons: [SubmitButton("Visa")], label: "Välj jämförelse")
        return .group {
            selector.node()
            if let result {
                figures(result)
                chart(result, callerCode: callerCode)
                table(result, callerCode: callerCode)
                HTMLNode.p(.class("note")) {
                    "Tabellen är skyddad mot röjande innan den visas: personbaserade värden under gränsen "
                        + "\(result.definition.suppressionThreshold) visas som skyddade och ingår inte i riket."
                }
            } else {
                HTMLNode.p { "Det finns inga värden för det valet ännu." }
            }
        }
    }

    private static func figures(_ result: ComparisonService.Result) -> HTMLNode {
        let comparison = result.comparison
        let unit = result.definition.unit
        return KeyFigureCard.grid([
            KeyFigureCard(
                label: "Riket",
                value: result.nationalSuppressed
                    ? "skyddat" : HubWebLayout.format(comparison.national?.value, unit: unit),
                detail: comparison.national.map { "\($0.regionCount) regioner" }),
            KeyFigureCard(label: "Median", value: HubWebLayout.format(comparison.median, unit: unit)),
            KeyFigureCard(
                label: "Kvartiler",
                value:
                    "\(HubWebLayout.format(comparison.lowerQuartile, unit: unit)) – \(HubWebLayout.format(comparison.upperQuartile, unit: unit))"
            ),
        ])
    }

    private static func scale(_ unit: IndicatorUnit) -> Double { unit == .share || unit == .ratio ? 100 : 1 }

    private static func chart(_ result: ComparisonService.Result, callerCode: String?) -> HTMLNode {
        let factor = scale(result.definition.unit)
        let comparison = result.comparison
        return BarChart(
            options: ChartOptions(
                title: "\(result.definition.name), \(comparison.group), \(comparison.period.swedishLabel)",
                id: "jamforelse", unit: factor == 100 ? "procent" : result.definition.unit.swedishName,
                categoryTitle: "Region"),
            labels: comparison.regions.map { SwedishRegion.withCode($0.regionCode)?.name ?? $0.regionCode },
            series: [
                ChartSeries(name: "Regionens värde", values: comparison.regions.map { $0.value.map { $0 * factor } })
            ],
            referenceLines: comparison.median.map {
                [ChartReferenceLine(name: "Nationell median", value: $0 * factor, colour: .red, pattern: .dashed)]
            } ?? []
        ).figure()
    }

    private static func table(_ result: ComparisonService.Result, callerCode: String?) -> HTMLNode {
        let unit = result.definition.unit
        return DataTable(
            caption: "Alla regioner",
            columns: [.init("Region"), .init("Värde"), .init("Placering"), .init("Trend")],
            rows: result.comparison.regions.map { standing in
                let name = SwedishRegion.withCode(standing.regionCode)?.name ?? standing.regionCode
                let value: DataTable.Cell =
                    switch standing.figure {
                    case .suppressed: .badge(StatusBadge("Skyddat", tone: .neutral))
                    case .notAvailable: .text("uppgift saknas")
                    case .reported: .text(HubWebLayout.format(standing.value, unit: unit))
                    }
                return [
                    .text(standing.regionCode == callerCode ? "\(name) (din region)" : name), value,
                    .text(standing.rank.map(String.init) ?? "–"), .text(trendText(standing.trend)),
                ]
            }
        ).node()
    }

    static func trendText(_ trend: IndicatorTrend) -> String {
        let movement =
            switch trend.movement {
            case .rising: "stigande"
            case .falling: "sjunkande"
            case .flat: trend.slope == nil ? "för få perioder" : "oförändrad"
            }
        let assessment =
            switch trend.assessment {
            case .improving: " (förbättring)"
            case .worsening: " (försämring)"
            default: ""
            }
        return movement + assessment
    }
}
