import HubStore
import PlanningDomain
import WebUI

/// The learning-example pages: search and lists, and one example with the curator's review form.
enum ExamplePages {
    static func list(
        query: String, published: [LearningExampleSummary], own: [LearningExampleSummary]?,
        review: [LearningExampleSummary]?
    ) -> HTMLNode {
        let search = Form(
            action: "/exempel", method: .get, csrfToken: nil,
            fields: [
                FormField(name: "q", label: "Sök bland publicerade exempel", value: query, control: .text(.search))
            ],
            buttons: [SubmitButton("Sök")], label: "Sök lärande exempel")
        return .group {
            search.node()
            table(
                query.isEmpty ? "Publicerade exempel" : "Träffar för ”\(query)”", published,
                empty: query.isEmpty
                    ? "Inga exempel är publicerade ännu." : "Inga publicerade exempel matchar sökningen.")
            if let review {
                HTMLNode.h2 { "Väntar på granskning" }
                table("Inskickade exempel", review, empty: "Inget exempel väntar på granskning.")
            }
            if let own {
                HTMLNode.h2 { "Regionens egna exempel" }
                table("Egna exempel, alla statusar", own, empty: "Regionen har inga egna exempel ännu.")
            }
        }
    }

    private static func table(_ caption: String, _ examples: [LearningExampleSummary], empty: String) -> HTMLNode {
        DataTable(
            caption: caption,
            columns: [.init("Titel"), .init("Region"), .init("Tema"), .init("Status"), .init("Utdrag")],
            rows: examples.map { example in
                [
                    .link(example.title, href: "/exempel/\(Query.encode(example.id))"), .text(example.ownerName),
                    .text(example.theme.swedishName), .badge(badge(example.status)), .text(example.snippet ?? ""),
                ]
            }, emptyMessage: empty
        ).node()
    }

    static func badge(_ status: LearningExampleStatus) -> StatusBadge {
        switch status {
        case .draft: .draft
        case .submitted: StatusBadge("Inskickat", tone: .info)
        case .changesRequested: StatusBadge("Ändringar begärda", tone: .warning)
        case .published: StatusBadge("Publicerat", tone: .positive)
        case .rejected: StatusBadge("Avvisat", tone: .negative)
        }
    }

    static func detail(_ example: LearningExample, session: HubSession) -> HTMLNode {
        let tenant = session.identity.networkTenant
        let content = example.content(for: tenant)
        let isReviewer = tenant == .agency || tenant == .region(example.owner)
        return .group {
            if let content {
                DefinitionList([
                    .init("Region", SwedishRegion.withCode(example.owner)?.name ?? example.owner),
                    .init("Tema", content.theme.swedishName), .init("Nivå", content.level.swedishName),
                    .init("Kontaktroll", content.contactRole),
                    .init("Status", node: badge(isReviewer ? example.status : .published).node()),
                ]).node()
                HTMLNode.h2 { "Problem" }
                HTMLNode.p { content.problem }
                HTMLNode.h2 { "Vad gjordes" }
                HTMLNode.p { content.whatWasDone }
                HTMLNode.h2 { "Resultat" }
                HTMLNode.p { content.results }
                if !content.attachments.isEmpty {
                    HTMLNode.h2 { "Bilagor" }
                    HTMLNode.ul {
                        for file in content.attachments {
                            HTMLNode.li {
                                HTMLNode.a(
                                    .href("/exempel/\(Query.encode(example.id))/bilagor/\(Query.encode(file.name))")
                                ) { file.name }
                                " (\(SwedishFormat.number(Double(file.byteCount) / 1024, decimals: 0)) kB)"
                            }
                        }
                    }
                }
            }
            let comments = example.comments(for: tenant)
            if !comments.isEmpty {
                HTMLNode.h2 { "Kommentarer" }
                HTMLNode.ul {
                    for comment in comments {
                        HTMLNode.li { "\(comment.author.tenant.swedishName): \(comment.text)" }
                    }
                }
            }
            if tenant == .agency, session.identity.role.isAgencyRole, example.status == .submitted {
                reviewForm(example, csrfToken: session.csrfToken)
            }
            if tenant == .region(example.owner), LearningExample.allowed(.submit).contains(example.status) {
                Form(
                    action: "/exempel/\(Query.encode(example.id))/skicka-in?version=\(example.version)",
                    csrfToken: session.csrfToken, fields: [], buttons: [SubmitButton("Skicka in för granskning")],
                    label: "Skicka in"
                ).node()
            }
        }
    }

    private static func reviewForm(_ example: LearningExample, csrfToken: String) -> HTMLNode {
        .group {
            HTMLNode.h2 { "Granskning" }
            Form(
                action: "/exempel/\(Query.encode(example.id))/granska?version=\(example.version)", csrfToken: csrfToken,
                fields: [
                    FormField(
                        name: "comment", label: "Kommentar", control: .textArea(rows: 4),
                        hint: "Krävs för att begära ändringar eller avvisa.")
                ],
                buttons: [
                    SubmitButton("Publicera", name: "action", value: "publish"),
                    SubmitButton("Begär ändringar", name: "action", value: "request-changes"),
                    SubmitButton("Kommentera", name: "action", value: "comment"),
                    SubmitButton("Avvisa", name: "action", value: "reject"),
                ], label: "Granska exemplet"
            ).node()
        }
    }
}
