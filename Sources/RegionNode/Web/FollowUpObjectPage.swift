import NodeStore
import PlanningDomain
import WebUI

/// One planning object's follow-up: its weekly production as an XmR chart (a year before the plan and the
/// followed weeks) with the plan's weekly mean as target, plan against outcome, and its deviations.
enum FollowUpObjectPage {
    static func build(_ context: PageContext, code: String) throws -> WebPage {
        guard let object = context.master.planningObjects.first(where: { $0.code == code }) else {
            throw WebError.notFound("Planeringsobjektet \"\(code)\" finns inte.")
        }
        try context.requireVisible(object.unitCode, what: "Planeringsobjektet \(code)")
        let service = FollowUpService(store: context.store, now: context.now)
        var page = context.page("Uppföljning: \(object.name) (\(code))")
        let followUp: ProductionFollowUp
        do {
            followUp = try service.production()
        } catch let error as FollowUpServiceError {
            page.add(.p { error.description })
            return page
        }
        let (weeks, chart) = try service.productionChart(object: code, followUp: followUp)
        page.section("Styrdiagram (XmR)") { section in
            let limits = weeks.indices.map { index in chart.segments.first { $0.indices.contains(index) } }
            section.add(
                SPCChart(
                    options: ChartOptions(
                        title: "Produktion per vecka, \(code)", id: "spc",
                        summary: "Veckans produktion med medelvärde och styrgränser; särskilda orsaker markerade.",
                        unit: "antal"),
                    labels: weeks.map { SwedishFormat.weekISO($0) }, values: chart.values.map { $0 },
                    centre: limits.map { $0?.mean }, upperLimit: limits.map { $0?.upperLimit },
                    lowerLimit: limits.map { $0?.lowerLimit }, target: chart.target,
                    classifications: chart.points.map { point in
                        switch point.assessment {
                        case .improvement: .improvement
                        case .concern: .concern
                        case .commonCause, .neutral: .neutral
                        }
                    }
                ).figure())
            section.add(.p { assuranceText(chart) })
            let signals = chart.specialCausePoints.suffix(5).map { point in
                "\(point.label): " + point.signals.map(\.rule.swedishName).joined(separator: ", ")
            }
            if !signals.isEmpty {
                section.add(.ul { signals.map { text in HTMLNode.li { text } } })
            }
        }
        page.section("Plan och utfall") { section in
            let weekly = (try? followUp.figures.weekly(for: .object(code))) ?? []
            section.add(
                WebTable(
                    id: "vecka", caption: "Plan och utfall per vecka, \(code)",
                    columns: [
                        .init("Vecka"), .init("Plan", kind: .number(decimals: 1)),
                        .init("Utfall", kind: .number(decimals: 0)), .init("Avvikelse", kind: .number(decimals: 1)),
                    ],
                    rows: weekly.map {
                        [
                            .text($0.week.description), .number($0.figures.planned), .number($0.figures.actual),
                            .number($0.figures.deviation),
                        ]
                    }, fileName: "uppfoljning-\(code)"))
        }
        page.section("Avvikelser") { section in
            let items = ((try? service.register().items.values) ?? [:].values)
                .filter { $0.opening.objectCode == code }.sorted { $0.opening.week > $1.opening.week }
            if items.isEmpty {
                section.add(.p { "Inga avvikelser för objektet." })
            } else {
                section.add(.ul { items.map { item in HTMLNode.li { DeviationsPage.summary(item) } } })
                section.add(.p { HTMLNode.a(.href("/avvikelser")) { "Kommentera under Avvikelser" } })
            }
        }
        return page
    }

    static func assuranceText(_ chart: XmRChart) -> String {
        let limits = chart.currentLimits
        let base =
            "Medelvärde \(SwedishFormat.number(limits.mean, decimals: 1)), styrgränser "
            + "\(SwedishFormat.number(limits.lowerLimit, decimals: 1))–\(SwedishFormat.number(limits.upperLimit, decimals: 1))."
        guard let target = chart.target else { return base }
        let verdict =
            switch chart.assurance {
            case .consistentlyMet: "Målet nås med nuvarande process."
            case .consistentlyMissed: "Målet nås inte med nuvarande process – processen behöver ändras."
            case .inconsistent: "Målet nås ibland: det ligger inom styrgränserna."
            case .noTarget: "Inget mål."
            }
        return base + " Planens veckosnitt \(SwedishFormat.number(target, decimals: 1)). " + verdict
    }
}
