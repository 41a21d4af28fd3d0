import Foundation
import NodeStore
import PlanningDomain
import WebUI

/// One object's waiting list projected week by week under a plan version (as `balans plan waiting`).
enum WaitingListPage {
    static func build(_ context: PageContext, planID: Int64) throws -> WebPage {
        let plan = try context.visiblePlan(planID)
        let versions = plan.versions.versions
        let number = context.query["version"].flatMap { Int($0) } ?? versions.last?.number ?? 1
        guard let version = versions.first(where: { $0.number == number }) else {
            throw WebError.notFound("Versionen \(number) finns inte i planen.")
        }
        var page = context.page("Väntelista under \(plan.name), version \(number)")
        page.add(.p { HTMLNode.a(.href("/planer/\(plan.id)?version=\(number)")) { "Tillbaka till planen" } })
        let names = Dictionary(uniqueKeysWithValues: context.master.planningObjects.map { ($0.code, $0.name) })
        let objects = version.plan.objectCodes.sorted()
        let object = context.query.trimmed("objekt")
        let limitText = context.query.trimmed("grans") ?? "90"
        guard let limit = Double(limitText.replacingOccurrences(of: ",", with: ".")), limit > 0, limit <= 3650 else {
            throw WebError.badRequest("Gränsen ska vara ett antal dagar mellan 1 och 3650, inte \"\(limitText)\".")
        }
        let policy = ServicePolicy(rawValue: context.query["turordning"] ?? "") ?? .priorityThenFIFO
        page.add(
            FormView(
                action: "/planer/\(plan.id)/vantelista", method: .get, csrfToken: nil,
                hidden: [("version", String(number))],
                fields: [
                    FormField(
                        name: "objekt", label: "Planeringsobjekt", value: object ?? "",
                        control: .select(objects.map { SelectOption(value: $0, label: "\($0) \(names[$0] ?? "")") })),
                    FormField(
                        name: "grans", label: "Gräns (dagar)", value: limitText,
                        control: .number(minimum: 1, maximum: 3650, allowsDecimals: false)),
                    FormField(
                        name: "turordning", label: "Turordning", value: policy.rawValue,
                        control: .select(
                            ServicePolicy.allCases.map { SelectOption(value: $0.rawValue, label: $0.swedishName) })),
                ], buttons: [SubmitButton("Visa")], label: "Välj väntelista", extraClass: "form-filter"
            ).node())
        guard let object else {
            page.paragraph("Välj ett planeringsobjekt för att se hur dess väntelista utvecklas under planen.")
            return page
        }
        let projection = try context.plans.waitingProjection(
            planID: plan.id, version: number, object: object, limitDays: limit, policy: policy)
        add(projection, to: &page)
        return page
    }

    static func add(_ projection: PlanWaitingProjection, to page: inout WebPage) {
        let weeks = projection.projection.weeks
        guard let first = weeks.first else {
            page.paragraph("Planen har inga veckor att simulera.")
            return
        }
        if let diagnostic = projection.projection.diagnostic { page.warning(diagnostic) }
        // The list before the first week, from the stock-flow identity of week one.
        let initial = first.waiting - projection.inflow[0] + first.treated + first.withdrawn
        let limit = Int(projection.limitDays.rounded())
        page.paragraph(
            "Utgångsläge: ögonblicksbilden \(projection.snapshotDate ?? "saknas") med "
                + "\(SwedishFormat.number(initial)) väntande. Inflödet är prognosens medel, det behandlade planens "
                + "volymer; turordning: \(projection.policy.swedishName).")
        page.add(
            WaitingListChart(
                options: ChartOptions(
                    title: "Väntande per vecka, \(projection.objectCode)", id: "vantelista",
                    unit: "patienter", tableDecimals: 0),
                labels: ["Start"] + weeks.map { SwedishFormat.weekShort($0.week) },
                actual: [initial] + weeks.map { _ in nil }, projected: [initial] + weeks.map(\.waiting)
            ).figure())
        page.add(
            WebTable(
                id: "vantelista", caption: "Väntelistan vecka för vecka, \(projection.objectCode)",
                columns: [
                    .init("Vecka"), .init("Inflöde", kind: .number(decimals: 0)),
                    .init("Planerat", kind: .number(decimals: 0)), .init("Behandlade", kind: .number(decimals: 0)),
                    .init("Väntande", kind: .number(decimals: 0)),
                    .init("Andel inom \(limit) dagar", kind: .percent(decimals: 1)),
                    .init("Medelväntan (veckor)", kind: .number(decimals: 1)),
                ],
                rows: weeks.enumerated().map { index, week in
                    [
                        .text(week.week.description), .number(projection.inflow[index]),
                        .number(projection.planned[index]), .number(week.treated), .number(week.waiting),
                        .number(week.shareWaitingWithinLimit), .number(week.meanWeeksWaited),
                    ]
                }, fileName: "vantelista-\(projection.objectCode)"))
        if let last = weeks.last {
            let labels = ["0–30 dagar", "31–60 dagar", "61–90 dagar", "91–180 dagar", "över 180 dagar"]
            page.add(
                WebTable(
                    id: "vantetidsband", caption: "Väntetidsband vid periodens slut (\(last.week))",
                    columns: [.init("Väntat"), .init("Väntande", kind: .number(decimals: 0))],
                    rows: zip(labels, last.bands()).map { [.text($0), .number($1)] },
                    fileName: "vantetidsband-\(projection.objectCode)"))
        }
    }
}
