import Foundation
import HubStore
import Hummingbird
import PlanningDomain
import ServerSupport
import WebUI

/// The learning-example pages of the web UI: list and search, one example, attachments, the owner's submit and
/// the curator's review actions (POST forms, CSRF-checked).
struct HubExampleWebRoutes: Sendable {
    let store: HubStore
    let now: @Sendable () -> Date
    let sessions: WebSession

    func addRoutes(to router: Router<HubRequestContext>) {
        let store = store
        let now = now
        let sessions = sessions
        router.get("exempel") { request, _ -> Response in
            let (session, _) = try await sessions.require(request)
            let identity = session.identity
            let query = request.uri.queryParameters.get("q") ?? ""
            let content = try await StoreWork.run { () -> HTMLNode in
                ExamplePages.list(
                    query: query, published: try store.publishedExamples(matching: query.isEmpty ? nil : query),
                    own: identity.isAgency ? nil : try store.ownExamples(of: identity),
                    review: identity.isAgency ? try store.examplesAwaitingReview(by: identity) : nil)
            }
            return HubWebLayout.page(
                HubWebLayout.layout(session, section: .examples), title: "Lärande exempel", content: content)
        }
        router.get("exempel/:id") { request, context -> Response in
            let (session, _) = try await sessions.require(request)
            let id = try context.pathParameter("id")
            guard let example = try await StoreWork.run({ try store.example(id: id, visibleTo: session.identity) })
            else {
                return HubWebLayout.page(
                    HubWebLayout.layout(session, section: .examples), title: "Exemplet hittades inte",
                    status: .notFound,
                    content: .p { "Det finns inget lärande exempel med id \(id) som du har åtkomst till." })
            }
            let title = example.content(for: session.identity.networkTenant)?.title ?? id
            return HubWebLayout.page(
                HubWebLayout.layout(session, section: .examples), title: title,
                content: ExamplePages.detail(example, session: session))
        }
        router.get("exempel/:id/bilagor/:name") { request, context -> Response in
            let (session, _) = try await sessions.require(request)
            let id = try context.pathParameter("id")
            let name = try context.pathParameter("name")
            guard
                let file = try await StoreWork.run({
                    try store.attachment(exampleID: id, name: name, visibleTo: session.identity)
                })
            else { throw APIError.notFound("Hittade ingen bilaga \(name) som du har åtkomst till.") }
            return AttachmentRoutes.download(file)
        }
        router.post("exempel/:id/granska") { request, context -> Response in
            let form = try await FormBody.parse(request)
            let (session, _) = try await sessions.requirePost(request, form: form)
            let id = try context.pathParameter("id")
            guard session.identity.role.isAgencyRole else {
                throw APIError(
                    .forbidden, code: "auth.forbidden", message: "Bara myndigheten granskar lärande exempel.")
            }
            let actions: [String: LearningExampleCommand.Action] = [
                "publish": .publish, "request-changes": .requestChanges, "comment": .comment, "reject": .reject,
            ]
            guard let action = form["action"].flatMap({ actions[$0] }),
                let version = request.uri.queryParameters.get("version").flatMap(Int.init)
            else { throw APIError.badRequest("Välj en granskningsåtgärd.") }
            let comment = form["comment"] ?? ""
            let at = now()
            try await StoreWork.run {
                try store.handleExample(
                    id: id, action, expectedVersion: version, comment: comment, by: session.identity, at: at)
            }
            return HubWebLayout.redirect("/exempel/\(Query.encode(id))")
        }
        router.post("exempel/:id/skicka-in") { request, context -> Response in
            let form = try await FormBody.parse(request)
            let (session, _) = try await sessions.requirePost(request, form: form)
            let id = try context.pathParameter("id")
            guard let version = request.uri.queryParameters.get("version").flatMap(Int.init) else {
                throw APIError.badRequest("Versionen saknas; ladda om sidan.")
            }
            let at = now()
            try await StoreWork.run {
                try store.handleExample(id: id, .submit, expectedVersion: version, by: session.identity, at: at)
            }
            return HubWebLayout.redirect("/exempel/\(Query.encode(id))")
        }
    }
}
