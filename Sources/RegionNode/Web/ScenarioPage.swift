import Foundation
import NodeStore
import PlanningDomain
import WebUI

/// A plan version compared side by side with the same version under changed assumptions (as `balans plan
/// scenario`): more referrals, closed weeks, bought care, one more operation per day.
enum ScenarioPage {
    static func build(_ context: PageContext, planID: Int64) throws -> WebPage {
        let plan = try context.visiblePlan(planID)
        let versions = plan.versions.versions
        let number = context.query["version"].flatMap { Int($0) } ?? versions.last?.number ?? 1
        guard versions.contains(where: { $0.number == number }) else {
            throw WebError.notFound("Versionen \(number) finns inte i planen.")
        }
        var page = context.page("Scenario för \(plan.name), version \(number)")
        page.add(.p { HTMLNode.a(.href("/planer/\(plan.id)?version=\(number)")) { "Tillbaka till planen" } })
        let query = context.query
        page.add(
            FormView(
                action: "/planer/\(plan.id)/scenario", method: .get, csrfToken: nil,
                hidden: [("version", String(number))],
                fields: [
                    FormField(
                        name: "fler_remisser", label: "Fler remisser (procent)", value: query["fler_remisser"] ?? "",
                        control: .number(minimum: -100, maximum: 1000, allowsDecimals: true)),
                    FormField(
                        name: "stangda_veckor", label: "Fler stängda veckor", value: query["stangda_veckor"] ?? "",
                        hint: "Veckor åtskilda med komma, t.ex. 2026-W29,2026-W30."),
                    FormField(
                        name: "kop", label: "Köpt vård", value: query["kop"] ?? "", control: .textArea(rows: 2),
                        hint: "En rad per planeringsobjekt: KOD=ANTAL över planperioden."),
                    FormField(
                        name: "extra_operation", label: "En operation till per dag, resurs",
                        value: query["extra_operation"] ?? "", hint: "Resurskoden, t.ex. OPSAL."),
                ], buttons: [SubmitButton("Jämför")], label: "Antaganden för scenariot", extraClass: "form-filter"
            ).node())
        let assumptions = try assumptions(query)
        guard
            assumptions.moreReferralsPercent != nil || !assumptions.closedWeeks.isEmpty || !assumptions.buy.isEmpty
                || assumptions.extraOperationResource != nil
        else {
            page.paragraph("Ange minst ett antagande och välj Jämför.")
            return page
        }
        let comparison = try context.plans.scenario(planID: plan.id, version: number, assumptions: assumptions)
        for warning in comparison.warnings { page.warning(warning) }
        add(comparison, to: &page)
        return page
    }

    /// The side-by-side table and the shortfall chart.
    static func add(_ comparison: ScenarioComparison, to page: inout WebPage) {
        var rows: [[WebTable.Value]] = []
        func row(_ label: String, _ pair: ScenarioComparison.Pair) {
            row(label, Pair(baseline: pair.baseline, scenario: pair.scenario))
        }
        func row(_ label: String, _ pair: Pair) {
            rows.append([.text(label), .number(pair.baseline), .number(pair.scenario), .number(pair.change)])
        }
        row("Produktionsbehov", comparison.productionNeed)
        row("Levererad produktion", comparison.deliveredProduction)
        let gaps = comparison.resourceGaps.filter { $0.shortfall.baseline != 0 || $0.shortfall.scenario != 0 }
        for gap in gaps {
            row(
                "Underskott \(gap.resourceCode) (\(gap.measure.swedishName))",
                Pair(baseline: -gap.shortfall.baseline, scenario: -gap.shortfall.scenario))
        }
        page.add(
            WebTable(
                id: "jamforelse",
                caption: "\(comparison.baselineName) jämfört med scenariot \(comparison.scenarioName)",
                columns: [
                    .init("Mått"), .init("Utgångsläge", kind: .number(decimals: 0)),
                    .init("Scenario", kind: .number(decimals: 0)), .init("Förändring", kind: .number(decimals: 0)),
                ], rows: rows, fileName: "scenariojamforelse"))
        if !comparison.waitingLists.isEmpty {
            addWaitingLists(comparison, to: &page)
        }
        if !gaps.isEmpty {
            page.add(
                BarChart(
                    options: ChartOptions(
                        title: "Underskott per resurs, utgångsläge och scenario", id: "scenario-underskott",
                        unit: "summa av veckornas underskott", categoryTitle: "Resurs", tableDecimals: 0),
                    labels: gaps.map(\.resourceCode),
                    series: [
                        ChartSeries(name: "Utgångsläge", values: gaps.map { -$0.shortfall.baseline }),
                        ChartSeries(name: "Scenario", values: gaps.map { -$0.shortfall.scenario }),
                    ]
                ).figure())
        }
    }

    /// The waiting lists at the end of the horizon, per specialty and in total, with the care-guarantee share.
    static func addWaitingLists(_ comparison: ScenarioComparison, to page: inout WebPage) {
        var total = (baseline: 0.0, scenario: 0.0, withinBaseline: 0.0, withinScenario: 0.0)
        var rows: [[WebTable.Value]] = []
        for list in comparison.waitingLists {
            total.baseline += list.waiting.baseline
            total.scenario += list.waiting.scenario
            total.withinBaseline += list.waiting.baseline * list.shareWithinLimit.baseline
            total.withinScenario += list.waiting.scenario * list.shareWithinLimit.scenario
            rows.append([
                .text(list.name), .number(list.waiting.baseline), .number(list.waiting.scenario),
                .number(list.shareWithinLimit.baseline), .number(list.shareWithinLimit.scenario),
            ])
        }
        rows.insert(
            [
                .text("Alla"), .number(total.baseline), .number(total.scenario),
                .number(total.baseline > 0 ? total.withinBaseline / total.baseline : 1),
                .number(total.scenario > 0 ? total.withinScenario / total.scenario : 1),
            ], at: 0)
        page.add(
            WebTable(
                id: "vantelistor", caption: "Väntelistor vid periodens slut (från senaste ögonblicksbilden)",
                columns: [
                    .init("Specialitet"), .init("Väntande, utgångsläge", kind: .number(decimals: 0)),
                    .init("Väntande, scenario", kind: .number(decimals: 0)),
                    .init("Inom 90 dagar, utgångsläge", kind: .percent(decimals: 1)),
                    .init("Inom 90 dagar, scenario", kind: .percent(decimals: 1)),
                ], rows: rows, fileName: "scenario-vantelistor"))
    }

    /// A baseline and a scenario figure (the domain's pair has no public initializer).
    struct Pair {
        var baseline: Double
        var scenario: Double
        var change: Double { scenario - baseline }
    }

    /// The assumptions from the query; a 400 page for a value that cannot be read.
    static func assumptions(_ query: WebForm) throws -> PlanScenarioAssumptions {
        var result = PlanScenarioAssumptions()
        if let text = query.trimmed("fler_remisser") {
            guard let percent = Double(text.replacingOccurrences(of: ",", with: ".")), percent.isFinite else {
                throw WebError.badRequest("Fler remisser ska vara ett tal i procent, t.ex. 10, inte \"\(text)\".")
            }
            result.moreReferralsPercent = percent
        }
        if let text = query.trimmed("stangda_veckor") {
            result.closedWeeks = try text.split(separator: ",").map { part in
                let trimmed = String(part).trimmingWhitespace()
                guard case .success(let week) = ISOWeek.parse(trimmed) else {
                    throw WebError.badRequest("Veckan \"\(trimmed)\" kan inte läsas; skriv t.ex. 2026-W29.")
                }
                return week
            }
        }
        if let text = query.trimmed("kop") {
            for line in text.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == ";" }) {
                let parts = line.split(separator: "=").map { String($0).trimmingWhitespace() }
                guard parts.count == 2, !parts[0].isEmpty,
                    let amount = Double(parts[1].replacingOccurrences(of: ",", with: ".")), amount.isFinite
                else {
                    throw WebError.badRequest("Köpt vård skrivs KOD=ANTAL, t.ex. ORT-NYB-LAK-P2=200, inte \"\(line)\".")
                }
                result.buy[parts[0], default: 0] += amount
            }
        }
        result.extraOperationResource = query.trimmed("extra_operation")
        return result
    }
}
