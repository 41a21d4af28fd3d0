import NodeStore
import PlanningDomain
import WebUI

/// Status badges and the "awaiting whom" rules shared by the plan pages and the start page.
enum PlanBadges {
    /// The badge of a version status.
    static func badge(_ status: PlanVersionStatus) -> StatusBadge {
        switch status {
        case .draft: .draft
        case .proposed: .proposal
        case .agreed: .agreed
        case .superseded: .superseded
        }
    }

    /// Whether `viewer` could give the agreement the version still waits for: a proposal awaiting the viewer's
    /// level that the viewer has not agreed to yet. The local analyst may agree at any level still open.
    static func awaits(_ version: PlanVersion, viewer: WebViewer) -> Bool {
        guard version.status == .proposed else { return false }
        if version.agreements.contains(where: { $0.actor.userID == viewer.user.username }) && !viewer.isLocal {
            return false
        }
        if viewer.isLocal { return !version.awaitingLevels.isEmpty }
        guard let level = viewer.agreementLevel else { return false }
        return version.awaitingLevels.contains(level)
    }

    /// "taktisk nivå och strategisk nivå".
    static func levels(_ levels: [PlanningLevel]) -> String {
        levels.map(\.swedishName).joined(separator: " och ")
    }

    /// Swedish words for a history event.
    static func eventName(_ kind: PlanEvent.Kind) -> String {
        switch kind {
        case .created(let parent): parent.map { "Skapad från version \($0)" } ?? "Skapad"
        case .edited: "Ändrad"
        case .proposed: "Föreslagen"
        case .agreed(let level): "Godkänd på \(level.swedishName)"
        case .rejected: "Avvisad"
        case .superseded(let newer): "Ersatt av version \(newer)"
        }
    }
}

extension PageContext {
    /// Plans whose scope the viewer may see, newest first.
    func visiblePlans() throws -> [PlanSummary] {
        try store.planSummaries().filter { sees($0.scope) }
    }

    /// The plan with `id`, or a 404 when it does not exist or lies outside the viewer's part of the tree.
    func visiblePlan(_ id: Int64) throws -> StoredPlan {
        let plan = try plans.plan(id)
        try requireVisible(plan.versions.scope, what: "Produktionsplan \(id)")
        return plan
    }
}
