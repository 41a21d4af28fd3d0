import NodeStore
import PlanningDomain
import WebUI

/// The planning objects the viewer may see, filtered by unit, with the method of each object's latest forecast.
enum PlanningObjectsPage {
    static func build(_ context: PageContext) throws -> WebPage {
        var page = context.page("Planeringsobjekt")
        let unit = context.query.trimmed("enhet")
        if let unit {
            guard context.tree?.units[unit] != nil else { throw WebError.notFound("Enheten \"\(unit)\" finns inte.") }
            try context.requireVisible(unit, what: "Enheten \(unit)")
        }
        let units = (context.tree.map { tree in tree.units.values.filter { context.sees($0.code) } } ?? [])
            .sorted { ($0.level.rawValue, $0.code) < ($1.level.rawValue, $1.code) }
        page.add(
            FormView(
                action: "/planeringsobjekt", method: .get, csrfToken: nil,
                fields: [
                    FormField(
                        name: "enhet", label: "Enhet", value: unit ?? "",
                        control: .select(
                            [SelectOption(value: "", label: "Alla enheter du ser")]
                                + units.map {
                                    SelectOption(
                                        value: $0.code, label: "\($0.name) (\($0.code), \($0.level.swedishName))")
                                }),
                        hint: "Visar planeringsobjekten i enheten och allt under den.")
                ], buttons: [SubmitButton("Visa")], label: "Filtrera planeringsobjekt", extraClass: "form-filter"
            ).node())
        let objects = context.visibleObjects.filter { object in
            guard let unit, let tree = context.tree else { return true }
            return tree.isWithin(object.unitCode, ancestor: unit)
        }
        let methods = try context.store.latestForecastMethods()
        page.add(
            WebTable(
                id: "objekt", caption: "Planeringsobjekt" + (unit.map { " i \(context.unitLabel($0))" } ?? ""),
                columns: [
                    .init("Kod"), .init("Namn"), .init("Enhet"), .init("Specialitet"), .init("Kontakttyp"),
                    .init("Medicinsk prioritet"), .init("Prognosmetod"),
                ],
                rows: objects.map { object in
                    [
                        .link(object.code, href: "/planeringsobjekt/\(WebForm.escape(object.code))"),
                        .text(object.name), .text(context.unitLabel(object.unitCode)), .text(object.specialty),
                        .text(object.contactType.swedishName), .text(object.medicalPriority),
                        .text(
                            methods[object.code].map { $0.pinned ? "\($0.method) (låst)" : $0.method }
                                ?? "Ingen prognos"),
                    ]
                }, fileName: "planeringsobjekt",
                emptyMessage: "Inga planeringsobjekt. Importera planeringsobjekt.csv under Import."))
        return page
    }
}
