import Credentials
import Foundation
import Hummingbird
import NodeStore
import PlanningDomain
import ServerSupport
import WebUI

/// The region node's Swedish web UI: server-rendered pages, forms with CSRF tokens, CSV/Excel downloads of every
/// table. Reads and writes go through the same services and scope rules as the JSON API.
///
/// Pages need a login (a `balans_session` cookie) unless the node runs without authentication, when everyone is
/// the local analyst. A page request without a session is sent to `/logga-in?next=<path>`.
struct NodeWebController<Context: NodeUserContext>: Sendable {
    let store: NodeStore
    let configuration: NodeServerConfiguration
    let now: @Sendable () -> Date
    /// The CSRF token of the local analyst's forms when authentication is disabled: random per process, so
    /// another site cannot post to a local node either.
    let localCSRFToken: String

    /// Largest accepted form body other than an upload.
    static var maximumFormBytes: Int { 1_048_576 }

    init(store: NodeStore, configuration: NodeServerConfiguration, now: @escaping @Sendable () -> Date) {
        self.store = store
        self.configuration = configuration
        self.now = now
        localCSRFToken = AccessToken.generate().hash
    }

    func addRoutes(to router: Router<Context>) {
        router.get("static/:file") { request, context in try stylesheet(request, context) }
        LoginRoutes(web: self).addRoutes(to: router)
        router.get("/") { request, context in
            try await page(request, context) { try StartPage.build($0) }
        }
        router.get("planeringsobjekt") { request, context in
            try await page(request, context) { try PlanningObjectsPage.build($0) }
        }
        router.get("planeringsobjekt/:code") { request, context in
            let code = context.parameters.get("code") ?? ""
            return try await page(request, context) { try PlanningObjectPage.build($0, code: code) }
        }
        router.get("planer") { request, context in
            try await page(request, context) { try PlansPage.build($0) }
        }
        router.post("planer") { request, context in
            try await action(request, context) { pageContext, form in try PlansPage.create(pageContext, form: form) }
        }
        router.get("planer/:id") { request, context in
            let id = try Self.planID(context)
            return try await page(request, context) { try PlanPage.build($0, planID: id) }
        }
        router.post("planer/:id/versioner/:n/:step") { request, context in
            let id = try Self.planID(context)
            let number = Int(context.parameters.get("n") ?? "") ?? 0
            let step = context.parameters.get("step") ?? ""
            return try await action(request, context) { pageContext, form in
                try PlanActions.perform(step, planID: id, version: number, form: form, context: pageContext)
            }
        }
        router.get("planer/:id/scenario") { request, context in
            let id = try Self.planID(context)
            return try await page(request, context) { try ScenarioPage.build($0, planID: id) }
        }
        router.get("planer/:id/vantelista") { request, context in
            let id = try Self.planID(context)
            return try await page(request, context) { try WaitingListPage.build($0, planID: id) }
        }
        router.get("resursatgang") { request, context in
            try await page(request, context) { try ResourceUsePage.build($0) }
        }
        router.post("resursatgang") { request, context in
            try await action(request, context) { pageContext, form in
                try ResourceUsePage.change(pageContext, form: form)
            }
        }
        router.get("akut-dimensionering") { request, context in
            try await page(request, context) { try AcuteDimensioningPage.build($0) }
        }
        router.post("akut-dimensionering") { request, context in
            try await action(request, context, maximumBytes: configuration.maximumUploadBytes) { pageContext, form in
                try AcuteDimensioningPage.upload(pageContext, form: form)
            }
        }
        router.get("import") { request, context in
            try await page(request, context) { try ImportPage.build($0) }
        }
        router.post("import") { request, context in
            try await action(request, context, maximumBytes: configuration.maximumUploadBytes) { pageContext, form in
                try configuration.metrics.measure(.import) { try ImportPage.upload(pageContext, form: form) }
            }
        }
        router.get("uppfoljning") { request, context in
            try await page(request, context) { try FollowUpPage.build($0) }
        }
        router.post("uppfoljning/runda") { request, context in
            try await action(request, context) { pageContext, form in try FollowUpRound.perform(pageContext, form: form)
            }
        }
        router.get("uppfoljning/prognos") { request, context in
            try await page(request, context) { try FollowUpForecastPage.build($0) }
        }
        router.get("uppfoljning/kapacitet") { request, context in
            try await page(request, context) { try FollowUpCapacityPage.build($0) }
        }
        router.get("uppfoljning/vantelistor") { request, context in
            try await page(request, context) { try FollowUpWaitingListPage.build($0) }
        }
        router.get("uppfoljning/vardgaranti") { request, context in
            try await page(request, context) { try CareGuaranteePage.build($0) }
        }
        router.get("uppfoljning/:code") { request, context in
            let code = context.parameters.get("code") ?? ""
            return try await page(request, context) { try FollowUpObjectPage.build($0, code: code) }
        }
        router.get("avvikelser") { request, context in
            try await page(request, context) { try DeviationsPage.build($0) }
        }
        router.post("avvikelser/:id/:change") { request, context in
            let id = context.parameters.get("id") ?? ""
            let resolve = context.parameters.get("change") == "atgardad"
            return try await action(request, context) { pageContext, form in
                try DeviationsPage.change(pageContext, id: id, resolve: resolve, form: form)
            }
        }
        router.get("sjalvskattning") { request, context in
            try await page(request, context) { try SelfAssessmentListPage.build($0) }
        }
        router.get("sjalvskattning/:unit") { request, context in
            let unit = context.parameters.get("unit") ?? ""
            return try await page(request, context) { try SelfAssessmentUnitPage.build($0, unit: unit) }
        }
        router.post("sjalvskattning/:unit") { request, context in
            let unit = context.parameters.get("unit") ?? ""
            return try await action(request, context) { pageContext, form in
                try SelfAssessmentUnitPage.save(pageContext, unit: unit, form: form)
            }
        }
        router.get("larande-exempel") { request, context in
            try await page(request, context) { try LearningExamplesPage.build($0) }
        }
        router.get("larande-exempel/:id") { request, context in
            let id = context.parameters.get("id") ?? ""
            return try await page(request, context) { try LearningExamplesPage.detail($0, id: id) }
        }
        router.get("egna-exempel") { request, context in
            try await page(request, context) { try LearningExamplesOwnPage.build($0) }
        }
        router.post("egna-exempel") { request, context in
            try await action(request, context) { pageContext, form in
                try LearningExamplesOwnPage.create(pageContext, form: form)
            }
        }
        router.get("egna-exempel/:id") { request, context in
            let id = context.parameters.get("id") ?? ""
            return try await page(request, context) { try LearningExamplesOwnPage.detail($0, id: id) }
        }
        router.post("egna-exempel/:id") { request, context in
            let id = context.parameters.get("id") ?? ""
            return try await action(request, context) { pageContext, form in
                try LearningExamplesOwnPage.save(pageContext, id: id, form: form)
            }
        }
        router.post("egna-exempel/:id/skicka") { request, context in
            let id = context.parameters.get("id") ?? ""
            return try await action(request, context) { pageContext, _ in
                try LearningExamplesOwnPage.submit(pageContext, id: id)
            }
        }
        addExchangeRoutes(to: router)
        router.get("synk") { request, context in
            try await page(request, context) { try SyncStatusPage.build($0) }
        }
        router.get("anvandare") { request, context in
            try await page(request, context) { try UsersPage.build($0) }
        }
        router.post("anvandare/nycklar") { request, context in
            try await action(request, context) { pageContext, form in
                try UsersPage.issueToken(pageContext, form: form)
            }
        }
    }

    // MARK: - Who is looking

    /// The viewer, or nil when a login is needed.
    func viewer(_ request: Request, _ context: Context) -> WebViewer? {
        if let user = context.user {
            return WebViewer(user: user, csrfToken: context.csrfToken ?? "", isLocal: false)
        }
        guard context.authentication == .disabled else { return nil }
        return WebViewer(user: WebViewer.localUser, csrfToken: localCSRFToken, isLocal: true)
    }

    /// To the login page, remembering where the viewer was going.
    func loginRedirect(_ request: Request) -> Response {
        var target = request.uri.path
        if let query = request.uri.query, !query.isEmpty { target += "?" + query }
        return WebLayout.redirect(to: "/logga-in" + WebForm.query([("next", LoginRoutes<Context>.safeNext(target))]))
    }

    // MARK: - Pages and actions

    /// Builds a page off the event loop and answers with its HTML, or a download when `?format=` asks for one.
    func page(
        _ request: Request, _ context: Context, _ build: @escaping @Sendable (PageContext) throws -> WebPage
    ) async throws -> Response {
        guard let viewer = viewer(request, context) else { return loginRedirect(request) }
        let query = WebForm.urlEncoded(request.uri.query ?? "")
        let path = request.uri.path
        return try await render(viewer: viewer, path: path) { [store, now] in
            let pageContext = try PageContext(viewer: viewer, store: store, path: path, query: query, now: now)
            let page = try build(pageContext)
            if let name = query["format"] {
                guard let format = TableExport.Format(rawValue: name) else {
                    throw WebError.badRequest("Formatet \"\(name)\" finns inte; välj csv eller xlsx.")
                }
                let id = query["tabell"] ?? page.tables.first?.id ?? ""
                guard let table = page.tables.first(where: { $0.id == id }) else {
                    throw WebError.notFound("Tabellen \"\(id)\" finns inte på sidan.")
                }
                return .download(try TableExport.response(table, format: format, date: pageContext.dateStamp))
            }
            return .page(page, siteName: pageContext.siteName)
        }
    }

    /// Handles a form post: reads the body (urlencoded or multipart), checks the CSRF token, then `perform`.
    func action(
        _ request: Request, _ context: Context, maximumBytes: Int = maximumFormBytes,
        _ perform: @escaping @Sendable (PageContext, FormInput) throws -> ActionResult
    ) async throws -> Response {
        guard let viewer = viewer(request, context) else { return WebLayout.redirect(to: "/logga-in") }
        let path = request.uri.path
        let input: FormInput
        do {
            input = try await FormInput.read(request, maximumBytes: maximumBytes)
        } catch let error as WebError {
            return try await render(viewer: viewer, path: path) { throw error }
        }
        // A bearer token is never added by a browser on its own, so a request that carries one is no forgery.
        let bearer = request.headers[.authorization] != nil
        guard
            bearer
                || (!viewer.csrfToken.isEmpty
                    && Self.constantTimeEqual(input.fields[CSRFField.name] ?? "", viewer.csrfToken))
        else { return try await render(viewer: viewer, path: path) { throw WebError.csrf } }
        return try await render(viewer: viewer, path: path) { [store, now] in
            let pageContext = try PageContext(viewer: viewer, store: store, path: path, query: WebForm(), now: now)
            switch try perform(pageContext, input) {
            case .redirect(let location): return .redirect(location)
            case .page(let page): return .page(page, siteName: pageContext.siteName)
            }
        }
    }

    /// What a page or action produced, before it becomes a response on the event loop.
    enum Rendered: Sendable {
        case page(WebPage, siteName: String)
        case download(Response)
        case redirect(String)
    }

    /// Runs `work` off the event loop; refusals become a Swedish error page with their status.
    func render(
        viewer: WebViewer?, path: String, _ work: @escaping @Sendable () throws -> Rendered
    ) async throws -> Response {
        let rendered = try await BlockingWork.run { [store] () throws -> Rendered in
            do {
                return try work()
            } catch {
                guard let webError = WebError.from(error) else { throw error }
                return .page(webError.page, siteName: Self.siteName(store))
            }
        }
        switch rendered {
        case .page(let page, let siteName):
            // Generated data carry the generator's mark in the region's name ("… (syntetisk)"), so the banner shows
            // even when the configuration does not say so.
            let synthetic = configuration.isSyntheticData || siteName.hasSuffix("(syntetisk)")
            return WebLayout(siteName: siteName, isSyntheticData: synthetic)
                .response(page, viewer: viewer, path: path)
        case .download(let response): return response
        case .redirect(let location): return WebLayout.redirect(to: location)
        }
    }

    /// The region's name (blocking: call off the event loop).
    static func siteName(_ store: NodeStore) -> String {
        (try? store.masterData().units.first { $0.level == .region }?.name) ?? "Regionnod"
    }

    // MARK: - Static files

    /// The stylesheet; its name carries a version, so browsers may keep it for a year.
    private func stylesheet(_ request: Request, _ context: Context) throws -> Response {
        guard context.parameters.get("file") == Stylesheet.fileName else {
            throw WebError.notFound("Filen finns inte.")
        }
        return Response(
            status: .ok,
            headers: [
                .contentType: "text/css; charset=utf-8", .cacheControl: "public, max-age=31536000, immutable",
                .xContentTypeOptions: "nosniff",
            ],
            body: .init(byteBuffer: ByteBuffer(string: Stylesheet.css)))
    }

    // MARK: - Helpers

    static func planID(_ context: Context) throws -> Int64 {
        guard let id = Int64(context.parameters.get("id") ?? "") else {
            throw WebError.notFound("Produktionsplanen finns inte; planens id är ett heltal.")
        }
        return id
    }

    /// Compares two secrets in time that depends only on their lengths.
    static func constantTimeEqual(_ lhs: String, _ rhs: String) -> Bool {
        let left = Array(lhs.utf8)
        let right = Array(rhs.utf8)
        guard left.count == right.count else { return false }
        var difference: UInt8 = 0
        for index in left.indices { difference |= left[index] ^ right[index] }
        return difference == 0
    }
}
