import Foundation
import NodeStore
import PlanningDomain
import ServerSupport
import WebUI
import WireProtocol

/// `/kapacitetsutbyte`: the capacity exchange as the hub last told this region (other regions' open requests and
/// offers within reach, the region's own, proposals and agreements) and the region's own actions with where they
/// stand ("väntar på synk" until the hub's state shows them). Analysts and strategic or tactical managers act
/// through CSRF-protected forms; every action is stored and enqueued for the hub in one transaction.
enum ExchangePage {
    static let path = "/kapacitetsutbyte"

    static func build(_ context: PageContext, refusal: APIError? = nil) throws -> WebPage {
        let overview = try ExchangeService(store: context.store, now: context.now).overview()
        var page = context.page("Kapacitetsutbyte")
        if context.query["skickad"] != nil {
            page.flash.append(
                FlashMessage(.success, "Åtgärden är sparad och väntar på synk; navets besked visas när den synkats."))
        }
        if let refusal {
            page.status = refusal.status
            page.flash.append(FlashMessage(.error, "Åtgärden sparades inte: \(refusal.message)"))
        }
        page.paragraph(
            "Förfrågningar och erbjudanden om kapacitet mellan regioner, som navet senast skickade hit. Bara volymer, "
                + "grupper och veckor delas, aldrig patientuppgifter. Navet avgör: en åtgärd gäller först när navets "
                + "läge kommit tillbaka.")
        if overview.regionCode == nil {
            page.flash.append(
                FlashMessage(.info, "Nodens länskod är okänd; ange hub.region i synkinställningarna för att agera."))
        }
        let acts = ExchangeService.mayAct(context.viewer.user) && overview.regionCode != nil
        let token = acts ? context.viewer.csrfToken : nil
        page.add(postingTable("natverk", "Öppna förfrågningar och erbjudanden i nätverket", overview.network))
        page.add(postingTable("egna", "Regionens förfrågningar och erbjudanden", overview.own))
        page.add(proposalTable(overview.proposals))
        page.add(agreementTable(overview.agreements))
        page.add(actionTable(overview.actions))
        if let token {
            ExchangeForms.add(overview, csrfToken: token, to: &page)
        } else {
            page.paragraph(
                "Du kan läsa kapacitetsutbytet. Att publicera, svara, acceptera och rapportera leveranser får "
                    + "produktionsanalytiker och strategiska eller taktiska chefer.")
        }
        return page
    }

    /// Carries out a posted action; the page again with the refusal when the node cannot send it.
    static func perform(_ context: PageContext, form: FormInput) throws -> ActionResult {
        let fields = form.fields
        let input = ExchangeActionInput(
            action: fields.trimmed("action") ?? "", subject: fields.trimmed("subject"),
            specialty: fields.trimmed("specialty"), planningObjectGroup: fields.trimmed("planningObjectGroup"),
            unit: fields.trimmed("unit"), count: fields.trimmed("count").flatMap { Int($0) },
            firstWeek: fields.trimmed("firstWeek"), lastWeek: fields.trimmed("lastWeek"), week: fields.trimmed("week"),
            priority: fields.trimmed("priority"), radius: fields.trimmed("radius"),
            conditions: fields.trimmed("conditions"), comment: fields.trimmed("comment"),
            requestID: fields.trimmed("requestID"))
        do {
            try ExchangeService(store: context.store, now: context.now).perform(input, by: context.viewer.user)
        } catch let error as APIError {
            return .page(try build(context, refusal: error))
        }
        return .redirect(path + "?skickad=1")
    }

    private static func postingTable(_ id: String, _ caption: String, _ states: [ExchangeState]) -> WebTable {
        WebTable(
            id: id, caption: caption,
            columns: [
                .init("Typ"), .init("Id"), .init("Region"), .init("Vård"), .init("Volym", kind: .number(decimals: 0)),
                .init("Överenskommet", kind: .number(decimals: 0)), .init("Enhet"), .init("Veckor"),
                .init("Prioritet"), .init("Räckvidd"), .init("Villkor"), .init("Läge"), .init("Version"),
            ],
            rows: states.map { state in
                [
                    .text(ExchangeLabels.kind(state.kind)), .text(state.id), .text(ExchangeLabels.region(state.region)),
                    .text(ExchangeLabels.care(state)), .number(Double(state.count)),
                    .number(state.settled.map { Double($0) }), .text(ExchangeLabels.unit(state.unit)),
                    .text(ExchangeLabels.weeks(state)), .text(state.priority.map(ExchangeLabels.priority) ?? ""),
                    .text(state.radius.map(ExchangeLabels.radius) ?? ""), .text(state.conditions ?? ""),
                    .badge(ExchangeLabels.status(state)), .text(String(state.version)),
                ]
            }, fileName: "kapacitetsutbyte-\(id)", emptyMessage: "Inga poster just nu.")
    }

    private static func proposalTable(_ states: [ExchangeState]) -> WebTable {
        WebTable(
            id: "forslag", caption: "Förslag som regionen lämnat eller fått",
            columns: [
                .init("Id"), .init("Från"), .init("Till"), .init("Svar på"), .init("Vård"),
                .init("Volym", kind: .number(decimals: 0)), .init("Veckor"), .init("Läge"), .init("Version"),
            ],
            rows: states.map { state in
                [
                    .text(state.id), .text(ExchangeLabels.region(state.region)),
                    .text(state.counterpart.map(ExchangeLabels.region) ?? ""), .text(state.targetID ?? ""),
                    .text(ExchangeLabels.care(state)), .number(Double(state.count)), .text(ExchangeLabels.weeks(state)),
                    .badge(ExchangeLabels.status(state)), .text(String(state.version)),
                ]
            }, fileName: "kapacitetsutbyte-forslag", emptyMessage: "Inga förslag.")
    }

    private static func agreementTable(_ states: [ExchangeState]) -> WebTable {
        WebTable(
            id: "overenskommelser", caption: "Överenskommelser och leveranser",
            columns: [
                .init("Id"), .init("Utförare"), .init("Mottagare"), .init("Vård"),
                .init("Överenskommet", kind: .number(decimals: 0)), .init("Levererat", kind: .number(decimals: 0)),
                .init("Enhet"), .init("Veckor"), .init("Läge"), .init("Version"),
            ],
            rows: states.map { state in
                [
                    .text(state.id), .text(ExchangeLabels.region(state.region)),
                    .text(state.counterpart.map(ExchangeLabels.region) ?? ""), .text(ExchangeLabels.care(state)),
                    .number(Double(state.count)), .number(Double(state.settled ?? 0)),
                    .text(ExchangeLabels.unit(state.unit)), .text(ExchangeLabels.weeks(state)),
                    .badge(ExchangeLabels.status(state)), .text(String(state.version)),
                ]
            }, fileName: "kapacitetsutbyte-overenskommelser", emptyMessage: "Inga överenskommelser.")
    }

    private static func actionTable(_ actions: [StoredExchangeAction]) -> WebTable {
        WebTable(
            id: "atgarder", caption: "Regionens åtgärder",
            columns: [
                .init("Tid"), .init("Åtgärd"), .init("Post"), .init("Av"), .init("Läge"), .init("Navets besked"),
            ],
            rows: actions.map { action in
                let (badge, message): (StatusBadge, String) =
                    switch action.state {
                    case .waiting: (StatusBadge("väntar på synk", tone: .info), "")
                    case .confirmed: (StatusBadge("genomförd", tone: .positive), "")
                    case .refused(_, let message): (StatusBadge("avvisad", tone: .negative), message)
                    }
                return [
                    .text(WebText.timestamp(ISO8601DateFormatter().string(from: action.createdAt))),
                    .text(ExchangeLabels.action(action.kind)), .text(action.subject), .text(action.createdBy),
                    .badge(badge), .text(message),
                ]
            }, fileName: "kapacitetsutbyte-atgarder", emptyMessage: "Regionen har inte agerat i utbytet än.")
    }
}
