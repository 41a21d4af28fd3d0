import Foundation
import HubStore
import Hummingbird
import PlanningDomain
import ServerSupport
import WebUI

/// The hub's Swedish web UI for region users and the agency's staff: login, start page, comparisons, learning
/// examples with the curator's review, the capacity exchange, network meetings and the self-assessment's
/// national view. Every POST checks the session's CSRF token.
struct HubWebController: Sendable {
    let store: HubStore
    let now: @Sendable () -> Date

    var sessions: WebSession { WebSession(store: store, now: now) }

    func addRoutes(to router: Router<HubRequestContext>) {
        router.get("static/\(Stylesheet.fileName)") { _, _ -> Response in
            var headers = HTTPFields()
            headers[.contentType] = "text/css; charset=utf-8"
            headers[.cacheControl] = "public, max-age=86400"
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: Stylesheet.css)))
        }
        addLogin(to: router)
        let store = store
        let now = now
        let sessions = sessions
        router.get("/") { request, _ -> Response in
            let (session, _) = try await sessions.require(request)
            let identity = session.identity
            let content: HTMLNode
            if identity.isAgency {
                let figures = try await StoreWork.run { () -> StartPage.AgencyFigures in
                    let exchange = try store.exchange(visibleTo: identity)
                    return StartPage.AgencyFigures(
                        reportingRegions: try store.reportingRegionCount(),
                        awaitingReview: try store.examplesAwaitingReview(by: identity).count,
                        openRequests: exchange.requests.count { $0.status.isLive },
                        openOffers: exchange.offers.count { $0.status.isLive }, meetings: try store.meetings().count)
                }
                content = StartPage.agency(figures)
            } else {
                let lines = try await StoreWork.run {
                    try ComparisonService(store: store, now: now).overview(for: identity)
                }
                content = StartPage.region(lines, tenantName: identity.tenant.name)
            }
            return HubWebLayout.page(
                HubWebLayout.layout(session, section: .start), title: "Välkommen, \(session.displayName)",
                content: content)
        }
        router.get("jamforelser") { request, _ -> Response in
            let (session, _) = try await sessions.require(request)
            let query = request.uri.queryParameters
            let content = try await StoreWork.run {
                try Self.comparisonContent(
                    store: store, indicator: query.get("indikator"), group: query.get("grupp"),
                    period: query.get("period"), session: session)
            }
            return HubWebLayout.page(
                HubWebLayout.layout(session, section: .comparisons), title: "Nationella jämförelser", content: content)
        }
        router.get("utbyte") { request, _ -> Response in
            let (session, _) = try await sessions.require(request)
            let exchange = try await StoreWork.run { try store.exchange(visibleTo: session.identity) }
            return HubWebLayout.page(
                HubWebLayout.layout(session, section: .exchange), title: "Kapacitetsutbyte",
                content: ExchangePage.render(
                    exchange, tenant: session.identity.networkTenant, week: HubIDs.week(of: now())))
        }
        router.get("natverkstraffar") { request, _ -> Response in
            let (session, _) = try await sessions.require(request)
            let meetings = try await StoreWork.run { try store.meetings() }
            return HubWebLayout.page(
                HubWebLayout.layout(session, section: .meetings), title: "Nätverksträffar",
                content: NetworkPages.meetings(meetings))
        }
        router.get("sjalvskattning") { request, _ -> Response in
            let (session, _) = try await sessions.require(request)
            let national = try await StoreWork.run { try store.nationalSelfAssessment(for: session.identity) }
            return HubWebLayout.page(
                HubWebLayout.layout(session, section: .selfAssessment), title: "Självskattning – nationell bild",
                content: NetworkPages.selfAssessment(
                    national, ownName: session.identity.isAgency ? nil : session.identity.tenant.name))
        }
        HubExampleWebRoutes(store: store, now: now, sessions: sessions).addRoutes(to: router)
    }

    private func addLogin(to router: Router<HubRequestContext>) {
        let store = store
        let now = now
        let sessions = sessions
        router.get("logga-in") { _, _ -> Response in HubWebLayout.html(LoginPage.render()) }
        router.post("logga-in") { request, _ -> Response in
            let form = try await FormBody.parse(request)
            let username = form["username"] ?? ""
            let password = form["password"] ?? ""
            let at = now()
            guard
                let (secret, _) = try await StoreWork.run({
                    try store.login(username: username, password: password, lifetime: WebSession.lifetime, at: at)
                })
            else {
                return HubWebLayout.html(
                    LoginPage.render(username: username, error: "Fel användarnamn eller lösenord."),
                    status: .unauthorized)
            }
            return HubWebLayout.redirect("/", cookie: WebSession.cookie(secret))
        }
        router.post("logga-ut") { request, _ -> Response in
            let form = try await FormBody.parse(request)
            let (_, secret) = try await sessions.requirePost(request, form: form)
            let at = now()
            try await StoreWork.run { try store.logout(secret: secret, at: at) }
            return HubWebLayout.redirect("/logga-in", cookie: WebSession.expiredCookie)
        }
    }

    static func comparisonContent(
        store: HubStore, indicator: String?, group: String?, period: String?, session: HubSession
    ) throws -> HTMLNode {
        let definitions = try store.currentCatalogue()?.catalogue.definitions ?? []
        let selected = definitions.first { $0.id == indicator } ?? definitions.first
        var groups: [String] = []
        var periods: [IndicatorPeriod] = []
        var result: ComparisonService.Result?
        var chosenGroup: String?
        if let selected {
            groups = try store.indicatorGroups(indicatorID: selected.id, definitionVersion: selected.version)
            chosenGroup = group.flatMap { groups.contains($0) ? $0 : nil } ?? groups.first
            if let chosenGroup {
                periods = try store.indicatorPeriods(
                    indicatorID: selected.id, definitionVersion: selected.version, group: chosenGroup)
                let wanted = period.flatMap(IndicatorPeriod.parse).flatMap { periods.contains($0) ? $0 : nil }
                result = try ComparisonService(store: store).comparison(
                    definition: selected, group: chosenGroup, period: wanted)
            }
        }
        return ComparisonPage.render(
            definitions: definitions, selected: selected, groups: groups, group: chosenGroup, periods: periods,
            result: result, callerCode: session.identity.isAgency ? nil : session.identity.tenant.code)
    }
}
