import Foundation
import Hummingbird
import NodeStore
import PlanningDomain
import ServerSupport
import WebUI

/// Resource use per unit of production (kapacitetsåtgång): the estimate beside the analysts' figures, where each
/// figure in force came from, the estimate's error, and the change history; analysts set or clear a figure.
enum ResourceUsePage {
    static let path = "/resursatgang"

    static func build(_ context: PageContext, formError: String? = nil) throws -> WebPage {
        var page = context.page("Resursåtgång")
        if let done = context.query["klart"] {
            page.flash.append(
                FlashMessage(
                    .success,
                    done == "borttagen"
                        ? "Det manuella värdet är borttaget; skattningen gäller igen."
                        : "Resursåtgången är sparad; alla planers balansering använder värdet."))
        }
        if let formError { page.flash.append(FlashMessage(.error, formError)) }
        let service = ResourceUseService(store: context.store, now: context.now)
        page.paragraph(
            "Hur mycket av en resurs en producerad enhet tar: minuter för resurser som mäts i timmar (t.ex. LAK), "
                + "vårddagar per vårdtillfälle för vårdplatser. Skattningen görs från historisk produktion och "
                + "kapacitet (icke-negativa minsta kvadrater per enhet och resurs) eller tas från standardvärden. "
                + "Ett manuellt värde ersätter skattningen i alla planer tills det tas bort. RMSE är skattningens fel i "
                + "timmar per vecka.")
        let rows = try service.list().filter { context.sees($0.unitCode) }
        if context.viewer.canEditData {
            page.section("Ändra resursåtgång", id: "andra") { section in
                section.add(form(context, rows: rows))
            }
        }
        page.add(
            WebTable(
                id: "resursatgang", caption: "Resursåtgång per enhet och resurs",
                columns: [
                    .init("Enhet"), .init("Resurs"), .init("Objekt"), .init("Enhet för värdet"),
                    .init("Skattad", kind: .number(decimals: 1)), .init("Antal objekt", kind: .number(decimals: 0)),
                    .init("Manuell", kind: .number(decimals: 1)), .init("Källa"),
                    .init("RMSE h/v", kind: .number(decimals: 1)),
                ],
                rows: rows.map { row in
                    [
                        .text(context.unitLabel(row.unitCode)), .text(row.resourceCode),
                        .text(row.objectCode ?? "alla"),
                        .text(row.figureUnit), .number(row.estimate), .number(Double(row.objectCount)),
                        .number(row.override), .text(row.origin?.swedishDescription ?? "–"),
                        .number(row.rootMeanSquareError),
                    ]
                }, fileName: "resursatgang",
                emptyMessage: "Ingen resursåtgång ännu: importera planeringsobjekt, resurser och kapacitet."))
        let history = try service.history().filter { context.sees($0.unitCode) }
        page.add(
            WebTable(
                id: "historik", caption: "Ändringshistorik (den senaste gäller)",
                columns: [
                    .init("Tidpunkt"), .init("Enhet"), .init("Resurs"), .init("Planeringsobjekt"),
                    .init("Värde", kind: .number(decimals: 1)), .init("Vem"), .init("Varför"),
                ],
                rows: history.reversed().map { item in
                    [
                        .text(WebText.timestamp(item.setAt)), .text(item.unitCode), .text(item.resourceCode),
                        .text(item.objectCode ?? "alla"), .number(item.value), .text(item.setBy),
                        .text(item.value == nil ? "Borttaget: \(item.reason)" : item.reason),
                    ]
                }, fileName: "resursatgang-historik", emptyMessage: "Inga manuella värden har satts."))
        return page
    }

    private static func form(_ context: PageContext, rows: [ResourceUseRow]) -> HTMLNode {
        let units = Set(context.master.planningObjects.map(\.unitCode)).filter { context.sees($0) }.sorted()
        let name = context.viewer.isLocal ? [PlanActions.nameField] : []
        return FormView(
            action: path, method: .post, csrfToken: context.viewer.csrfToken,
            fields: name + [
                FormField(
                    name: "enhet", label: "Enhet",
                    control: .select(units.map { SelectOption(value: $0, label: context.unitLabel($0)) }),
                    isRequired: true),
                FormField(
                    name: "resurs", label: "Resurs",
                    control: .select(
                        context.master.resources.map {
                            SelectOption(value: $0.code, label: "\($0.code) – \($0.name) (\($0.measure.swedishName))")
                        }), isRequired: true),
                FormField(
                    name: "objekt", label: "Planeringsobjekt",
                    hint: "Tomt: enhetens alla objekt som använder resursen. Ange en kod för ett enda objekt."),
                FormField(
                    name: "minuter", label: "Minuter per producerad enhet",
                    control: .number(minimum: 0, maximum: nil, allowsDecimals: true),
                    hint: "För vårdplatser: vårddagar per vårdtillfälle. Behövs inte för att ta bort."),
                FormField(
                    name: "skal", label: "Varför", control: .textArea(rows: 2),
                    hint: "Krävs; sparas i historiken (t.ex. \"tidsstudie mars 2026\").", isRequired: true),
            ],
            buttons: [
                SubmitButton("Spara värdet", name: "atgard", value: "satt"),
                SubmitButton("Ta bort manuellt värde", name: "atgard", value: "ta-bort"),
            ], label: "Ändra resursåtgång"
        ).node()
    }

    /// Sets or clears a figure through the same service as the CLI and the API.
    static func change(_ context: PageContext, form: FormInput) throws -> ActionResult {
        guard context.viewer.canEditData else {
            throw WebError.forbidden(
                "Din roll (\(context.viewer.user.role.swedishLabel)) får inte ändra resursåtgång; "
                    + "be en produktionsanalytiker.")
        }
        let unit = form.fields.trimmed("enhet") ?? ""
        let resource = form.fields.trimmed("resurs") ?? ""
        let object = form.fields.trimmed("objekt")
        let reason = form.fields.trimmed("skal") ?? ""
        let service = ResourceUseService(store: context.store, now: context.now)
        do {
            try context.requireVisible(unit, what: "Enheten")
            let user = try PlanActions.actorName(context, form: form)
            if form.fields["atgard"] == "ta-bort" {
                try service.clear(
                    unitCode: unit, resourceCode: resource, objectCode: object, reason: reason, user: user)
                return .redirect(path + "?klart=borttagen")
            }
            let text = (form.fields.trimmed("minuter") ?? "").replacingOccurrences(of: ",", with: ".")
            guard let value = Double(text) else {
                throw PlanServiceError(
                    code: "resource_use.invalid_value",
                    "Ange minuter per producerad enhet för \(unit)/\(resource) som ett tal, t.ex. 25 eller 12,5.")
            }
            try service.set(
                unitCode: unit, resourceCode: resource, objectCode: object, value: value, reason: reason, user: user)
            return .redirect(path + "?klart=sparad")
        } catch let error as PlanServiceError {
            var page = try build(context, formError: error.description)
            page.status = PlanAPIController<NodeRequestContext>.apiError(error).status
            return .page(page)
        }
    }
}
