import Credentials
import Foundation
import Hummingbird
import NodeStore
import PlanningDomain
import WebUI

/// Users and API tokens, for administrators: the list of users, and a form that issues a token whose secret is
/// shown once (only its hash is stored).
enum UsersPage {
    static func build(_ context: PageContext, issued: (user: String, label: String, secret: String)? = nil) throws
        -> WebPage
    {
        try requireAdmin(context)
        var page = context.page("Användare och API-nycklar")
        if let issued {
            page.flash.append(
                FlashMessage(
                    .success,
                    "API-nyckeln \"\(issued.label)\" för \(issued.user) är skapad. Kopiera den nu – den visas bara "
                        + "den här gången."))
            page.add(
                .div(.class("secret-box"), .role("status")) {
                    HTMLNode.p { "Nyckel:" }
                    HTMLNode.p { HTMLNode.element("code", [], [.text(issued.secret)]) }
                    HTMLNode.p { "Använd den som Authorization: Bearer <nyckel> mot /api/v1." }
                })
        }
        let users = try context.store.users()
        page.add(
            WebTable(
                id: "anvandare", caption: "Användare",
                columns: [.init("Användarnamn"), .init("Namn"), .init("Roll"), .init("Ansvarsområde")],
                rows: users.map { user in
                    [
                        .text(user.username), .text(user.displayName), .text(user.role.swedishLabel),
                        .text(user.unitCode.map(context.unitLabel) ?? "Hela regionen"),
                    ]
                }, fileName: "anvandare", emptyMessage: "Inga användare. Skapa den första med balans user add."))
        page.section("Skapa API-nyckel") { section in
            section.paragraph(
                "En nyckel låter skript anropa nodens API som användaren, med användarens roll och område.")
            section.add(
                FormView(
                    action: "/anvandare/nycklar", method: .post, csrfToken: context.viewer.csrfToken,
                    fields: [
                        FormField(
                            name: "anvandare", label: "Användare",
                            control: .select(
                                users.map {
                                    SelectOption(value: $0.username, label: "\($0.displayName) (\($0.username))")
                                }),
                            isRequired: true),
                        FormField(
                            name: "etikett", label: "Etikett", hint: "Vad nyckeln används till, t.ex. nattlig import.",
                            isRequired: true),
                    ], buttons: [SubmitButton("Skapa nyckel")], label: "Skapa API-nyckel"
                ).node())
        }
        return page
    }

    /// Issues a token and shows its secret on the answer page (never in a URL, never stored).
    static func issueToken(_ context: PageContext, form: FormInput) throws -> ActionResult {
        try requireAdmin(context)
        guard let username = form.fields.trimmed("anvandare"), let label = form.fields.trimmed("etikett") else {
            throw WebError.badRequest("Välj en användare och skriv en etikett.")
        }
        do {
            let token = try context.store.issueAPIToken(username: username, label: label, at: context.now())
            return .page(try build(context, issued: (username, label, token.secret)))
        } catch let error as NodeUserError {
            throw WebError(status: .unprocessableContent, title: "Nyckeln skapades inte", message: error.message)
        }
    }

    private static func requireAdmin(_ context: PageContext) throws {
        guard context.viewer.isAdmin else {
            throw WebError.forbidden("Bara en administratör kan se användare och skapa API-nycklar.")
        }
    }
}
