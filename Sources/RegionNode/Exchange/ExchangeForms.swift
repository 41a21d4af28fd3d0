import WebUI
import WireProtocol

/// The exchange page's forms: one per kind of action, each posting to `/kapacitetsutbyte` with its `action`
/// hidden and the subject chosen from what the node holds.
enum ExchangeForms {
    static func add(_ overview: ExchangeOverview, csrfToken: String, to page: inout WebPage) {
        let region = overview.regionCode ?? ""
        let offers = overview.network.filter { $0.kind == .offer }
        let requests = overview.network.filter { $0.kind == .request }
        let ownLive = overview.own.filter { ExchangeOverview.liveStatuses.contains($0.status) }
        let ownRequests = ownLive.filter { $0.kind == .request }
        let ownEndable = overview.own.filter { ["open", "partiallyMatched", "matched"].contains($0.status) }
        let toUs = overview.proposals.filter { $0.counterpart == region && $0.status == "proposed" }
        let fromUs = overview.proposals.filter { $0.region == region && $0.status == "proposed" }
        let active = overview.agreements.filter { $0.status == "agreed" || $0.status == "delivering" }
        let providing = active.filter { $0.region == region }

        page.section("Agera i kapacitetsutbytet", id: "agera") { section in
            section.add(
                form(
                    "request", "Ny förfrågan om kapacitet", csrfToken,
                    postingFields(priority: true, radius: "healthcareRegion"), "Publicera förfrågan"))
            section.add(
                form(
                    "offer", "Nytt erbjudande om kapacitet", csrfToken,
                    postingFields(priority: false, radius: "national"), "Publicera erbjudande"))
            if !offers.isEmpty {
                section.add(
                    form(
                        "accept-offer", "Acceptera en annan regions erbjudande", csrfToken,
                        [
                            subject(offers), count("Antal att ta"),
                            week("firstWeek", "Första vecka (tomt: erbjudandets)", required: false),
                            week("lastWeek", "Sista vecka (tomt: erbjudandets)", required: false),
                            FormField(
                                name: "requestID", label: "För regionens förfrågan (valfritt)",
                                control: .select(
                                    [SelectOption(value: "", label: "Ingen")]
                                        + ownRequests.map { SelectOption(value: $0.id, label: describe($0)) })),
                        ], "Acceptera"))
            }
            if !requests.isEmpty || !offers.isEmpty {
                section.add(
                    form(
                        "propose", "Svara med ett förslag", csrfToken,
                        [
                            subject(requests + offers), count("Antal"),
                            week("firstWeek", "Första vecka (tomt: postens)", required: false),
                            week("lastWeek", "Sista vecka (tomt: postens)", required: false),
                            FormField(name: "conditions", label: "Villkor", control: .textArea(rows: 2)),
                        ], "Skicka förslag"))
            }
            if !toUs.isEmpty {
                section.add(
                    form(
                        "accept-proposal", "Acceptera ett förslag till regionen", csrfToken, [subject(toUs)],
                        "Acceptera"))
                section.add(
                    form(
                        "decline-proposal", "Avböj ett förslag", csrfToken,
                        [subject(toUs), comment("Skäl", required: true)], "Avböj"))
            }
            if !ownLive.isEmpty || !fromUs.isEmpty {
                section.add(
                    form(
                        "withdraw", "Återkalla", csrfToken, [subject(ownLive + fromUs), comment("Kommentar")],
                        "Återkalla"))
            }
            if !ownEndable.isEmpty {
                section.add(
                    form(
                        "close", "Stäng en delvis eller helt matchad post", csrfToken,
                        [subject(ownEndable), comment("Kommentar")], "Stäng"))
            }
            if !providing.isEmpty {
                section.add(
                    form(
                        "delivery", "Rapportera leverans (utförd volym per vecka)", csrfToken,
                        [
                            subject(providing), week("week", "Vecka", required: true),
                            FormField(
                                name: "count", label: "Levererat",
                                control: .number(minimum: 0, maximum: nil, allowsDecimals: false), isRequired: true),
                            comment("Kommentar om avvikelse"),
                        ], "Rapportera"))
            }
            if !active.isEmpty {
                section.add(
                    form(
                        "complete", "Avsluta en överenskommelse", csrfToken,
                        [subject(active), comment("Skäl (krävs om volym återstår)")], "Avsluta"))
                section.add(
                    form(
                        "cancel", "Avbryt en överenskommelse", csrfToken,
                        [subject(active), comment("Skäl", required: true)], "Avbryt"))
            }
        }
    }

    private static func form(
        _ action: String, _ title: String, _ csrfToken: String, _ fields: [FormField], _ button: String
    ) -> HTMLNode {
        .div(.class("page-section"), .id("form-\(action)")) {
            HTMLNode.h3 { title }
            FormView(
                action: ExchangePage.path, method: .post, csrfToken: csrfToken, hidden: [("action", action)],
                fields: fields, buttons: [SubmitButton(button)], label: title
            ).node()
        }
    }

    private static func postingFields(priority: Bool, radius: String) -> [FormField] {
        var fields = [
            FormField(name: "specialty", label: "Specialitet", isRequired: true),
            FormField(name: "planningObjectGroup", label: "Planeringsobjektgrupp (valfritt)"),
            FormField(
                name: "unit", label: "Enhet",
                control: .select([
                    SelectOption(value: "operations", label: "operationer"),
                    SelectOption(value: "visits", label: "besök"),
                    SelectOption(value: "bedDays", label: "vårddygn"),
                ]), isRequired: true),
            count("Volym"), week("firstWeek", "Första vecka", required: true),
            week("lastWeek", "Sista vecka", required: true),
            FormField(
                name: "radius", label: "Räckvidd", value: radius,
                control: .select([
                    SelectOption(value: "neighbours", label: "grannregioner"),
                    SelectOption(value: "healthcareRegion", label: "samma sjukvårdsregion"),
                    SelectOption(value: "national", label: "hela landet"),
                ]), isRequired: true),
        ]
        if priority {
            fields.append(
                FormField(
                    name: "priority", label: "Prioritet", value: "normal",
                    control: .select([
                        SelectOption(value: "high", label: "hög"), SelectOption(value: "normal", label: "normal"),
                        SelectOption(value: "low", label: "låg"),
                    ])))
        }
        fields.append(
            FormField(
                name: "conditions", label: "Villkor", control: .textArea(rows: 2),
                hint: "T.ex. \"patienten reser själv\". Inga patientuppgifter."))
        return fields
    }

    private static func subject(_ states: [ExchangeState]) -> FormField {
        FormField(
            name: "subject", label: "Post",
            control: .select(states.map { SelectOption(value: $0.id, label: describe($0)) }), isRequired: true)
    }

    private static func describe(_ state: ExchangeState) -> String {
        "\(ExchangeLabels.kind(state.kind)) \(state.id): \(ExchangeLabels.care(state)), \(state.count) "
            + "\(ExchangeLabels.unit(state.unit)), \(ExchangeLabels.weeks(state)) (\(ExchangeLabels.region(state.region)))"
    }

    private static func count(_ label: String) -> FormField {
        FormField(
            name: "count", label: label, control: .number(minimum: 1, maximum: nil, allowsDecimals: false),
            isRequired: true)
    }

    private static func week(_ name: String, _ label: String, required: Bool) -> FormField {
        FormField(name: name, label: label, hint: "ISO-vecka, t.ex. 2026-W10", isRequired: required)
    }

    private static func comment(_ label: String, required: Bool = false) -> FormField {
        FormField(name: "comment", label: label, control: .textArea(rows: 2), isRequired: required)
    }
}
