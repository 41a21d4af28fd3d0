import PlanningDomain
import WebUI

/// A full page using every component and chart, with fixed synthetic data: used by the determinism test and
/// written to a file for eyeballing (see `SampleDocumentTests`).
enum SampleDocument {
    static let weeks = (0..<26).map { ISOWeek(year: 2026, week: 1)!.adding(weeks: $0) }
    static let labels = weeks.map(SwedishFormat.weekShort)

    static func page(stylesheetPath: String = "/static/\(Stylesheet.fileName)") -> String {
        let layout = PageLayout(
            siteName: "Region Östergötland", stylesheetPath: stylesheetPath,
            navigation: [
                NavigationItem("Start", href: "/"),
                NavigationItem("Uppföljning", href: "/uppfoljning", isCurrent: true),
                NavigationItem("Planer", href: "/planer"), NavigationItem("Väntelistor", href: "/vantelistor"),
                NavigationItem("Avvikelser", href: "/avvikelser"),
            ],
            user: UserBox(name: "Anna Ek", role: "Taktisk chef, Ortopedkliniken", csrfToken: "c2FtcGxl"),
            showsSyntheticDataBanner: true, footerText: "Exempelsida genererad av WebUI-testerna.")
        return layout.render(
            title: "Uppföljning – Ortopedkliniken", flash: [FlashMessage(.success, "Kommentaren är sparad.")],
            content: content)
    }

    static var content: HTMLNode {
        .group {
            KeyFigureCard.grid([
                KeyFigureCard(
                    label: "Utfall mot plan, hittills i år", value: SwedishFormat.percent(0.964),
                    detail: "Plan 12 400, utfall 11 954", badge: .belowPlan),
                KeyFigureCard(
                    label: "Väntande över 90 dagar", value: SwedishFormat.integer(312), detail: "Förra veckan 298",
                    badge: .deviationOpen),
                KeyFigureCard(label: "Andel väntande ≤ 90 dagar", value: SwedishFormat.percent(0.812), badge: .onPlan),
                KeyFigureCard(
                    label: "Gällande plan", value: "Version 4", detail: "Överenskommen 25 november 2026", badge: .agreed
                ),
            ])
            HTMLNode.h2 { "Plan och utfall" }
            BarChart(
                options: ChartOptions(
                    title: "Operationer per vecka: plan och utfall", id: "plan-utfall", unit: "operationer"),
                labels: Array(labels.prefix(12)),
                series: [
                    ChartSeries(
                        name: "Plan", values: [40, 42, 42, 45, 45, 45, 44, 46, 46, 30, 46, 47],
                        style: ChartSeriesStyle(colour: .grey)),
                    ChartSeries(
                        name: "Utfall", values: [38, 43, 40, 41, 46, 44, 39, 47, 45, 28, 42, nil], style: .actual),
                ]
            ).figure()
            BarChart(
                options: ChartOptions(
                    title: "Kapacitetsbalans, operationssalar", id: "balans", unit: "timmar per vecka"),
                labels: Array(labels.prefix(12)),
                series: [ChartSeries(name: "Balans", values: [12, 8, -4, -16, -22, -9, 3, 14, 6, -2, -11, 5])],
                signColouring: .init()
            ).figure()
            HTMLNode.h2 { "Inflöde och prognos" }
            LineChart(
                options: ChartOptions(title: "Remisser per vecka med prognos", id: "inflode", unit: "remisser"),
                labels: labels,
                series: [
                    ChartSeries(name: "Utfall", values: history + Array(repeating: nil, count: 12), style: .actual),
                    ChartSeries(
                        name: "Prognos", values: Array(repeating: nil, count: 13) + forecast.dropFirst().map { $0 },
                        style: .forecast),
                ],
                bands: [
                    ChartBand(name: "95 % prognosintervall", lower: band(-18), upper: band(18), opacity: 0.15),
                    ChartBand(name: "80 % prognosintervall", lower: band(-11), upper: band(11), opacity: 0.3),
                ]
            ).figure()
            HTMLNode.h2 { "Styrdiagram" }
            SPCChart(
                options: ChartOptions(title: "Strykningar per vecka (XmR)", id: "spc-strykningar", unit: "strykningar"),
                labels: Array(labels.prefix(20)),
                values: [12, 14, 11, 13, 15, 12, 24, 13, 12, 11, 10, 9, 8, 8, 9, 7, 8, 2, 9, 8],
                mean: 11.2, upperLimit: 20.1, lowerLimit: 2.3, target: 8,
                classifications: [
                    .neutral, .neutral, .neutral, .neutral, .neutral, .neutral, .concern, .neutral, .neutral, .neutral,
                    .neutral, .neutral, .improvement, .improvement, .improvement, .improvement, .improvement,
                    .improvement, .improvement, .improvement,
                ]
            ).figure()
            HTMLNode.h2 { "Väntelista" }
            WaitingListChart(
                options: ChartOptions(
                    title: "Väntande till operation, utfall och prognos", id: "vantelista", unit: "patienter"),
                labels: labels, actual: (0..<14).map { Double(1200 - $0 * 6) } + Array(repeating: nil, count: 12),
                projected: Array(repeating: nil, count: 13) + (13..<26).map { Double(1122 - ($0 - 13) * 22) },
                target: 850
            ).figure()
            DataTable(
                caption: "Planeringsobjekt längst efter plan, vecka 1–12 2026",
                columns: [
                    .init("Planeringsobjekt"), .init("Plan", kind: .number(decimals: 0)),
                    .init("Utfall", kind: .number(decimals: 0)), .init("Andel av plan", kind: .percent(decimals: 1)),
                    .init("Status"),
                ],
                rows: [
                    [
                        .link("Höftprotes, läkare, operation, P2", href: "/objekt/1"), .number(1_240), .number(1_054),
                        .number(0.85), .badge(.deviationOpen),
                    ],
                    [
                        .link("Knäprotes, läkare, operation, P3", href: "/objekt/2"), .number(980), .number(901),
                        .number(0.919), .badge(.deviationCommented),
                    ],
                    [
                        .link("Artroskopi, läkare, dagkirurgi", href: "/objekt/3"), .number(2_310), .number(2_180),
                        .number(0.944), .badge(.escalated),
                    ],
                ],
                exports: [
                    ExportLink(.csv, href: "/export/efter-plan.csv"),
                    ExportLink(.excel, href: "/export/efter-plan.xlsx"),
                ]
            ).node()
            Pagination(currentPage: 2, pageCount: 9).node { "/uppfoljning?sida=\($0)" }
            HTMLNode.h2 { "Planeringsobjekt" }
            DefinitionList([
                .init("Vårdtjänst", "Höftprotes"), .init("Vårdgivarkategori", "Läkare"),
                .init("Kontakttyp", "Operation"),
                .init("Medicinsk prioritet", "P2 (inom 60 dagar)"),
                .init("Planversion", node: StatusBadge.agreed.node()),
            ]).node()
            HTMLNode.h2 { "Kommentera avvikelse" }
            Form(
                action: "/avvikelser/17/kommentar", csrfToken: "c2FtcGxl",
                fields: [
                    FormField(
                        name: "orsak", label: "Orsak", control: .textArea(rows: 3),
                        error: "Skriv vad som orsakade avvikelsen.", isRequired: true),
                    FormField(
                        name: "atgard", label: "Åtgärd", value: "Extra operationsdagar v. 14–16",
                        control: .textArea(rows: 3)),
                    FormField(
                        name: "volym", label: "Planerad extra volym", value: "24",
                        control: .number(minimum: 0, maximum: 500, allowsDecimals: false)),
                    FormField(
                        name: "ansvarig", label: "Ansvarig", value: "2",
                        control: .select([
                            SelectOption(value: "1", label: "Anna Ek"), SelectOption(value: "2", label: "Bo Lund"),
                        ])),
                ],
                buttons: [
                    SubmitButton("Spara kommentar"), SubmitButton("Eskalera", name: "handling", value: "eskalera"),
                ],
                label: "Kommentera avvikelse"
            ).node()
        }
    }

    static let history: [Double?] = [88, 95, 91, 102, 97, 93, 99, 104, 96, 101, 98, 105, 100, 103]
    static let forecast: [Double] = (13..<26).map { 100 + Double($0 - 13) * 0.8 }

    static func band(_ halfWidth: Double) -> [Double?] {
        Array(repeating: nil, count: 13)
            + forecast.enumerated().map { index, value in
                value + halfWidth * (0.4 + Double(index) / 12) * (index == 0 ? 0 : 1)
            }
    }
}
