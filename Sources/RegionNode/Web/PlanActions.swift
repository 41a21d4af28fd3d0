import Hummingbird
import NodeStore
import PlanningDomain
import ServerSupport
import WebUI

/// The plan workflow steps posted from the plan page: propose, agree, reject and new version.
///
/// The same rules as the JSON API: the plan must lie in the viewer's part of the tree (else 404); agreeing and
/// rejecting need a strategic or tactical manager, whose level follows from the role; proposing and new versions
/// need an analyst. The domain (``PlanService``) then decides whether the step fits the version's state.
enum PlanActions {
    /// The URL steps.
    enum Step: String, Sendable, CaseIterable {
        case propose = "foresla"
        case agree = "godkann"
        case reject = "avvisa"
        case newVersion = "ny-version"

        /// The message shown after the redirect.
        var doneMessage: String {
            switch self {
            case .propose: "Versionen är föreslagen för godkännande."
            case .agree: "Ditt godkännande är registrerat."
            case .reject: "Förslaget är avvisat och tillbaka som utkast."
            case .newVersion: "En ny version är skapad som utkast."
            }
        }
    }

    /// The field for who acts when the node runs without login (the local analyst names themself, as the API's
    /// `user` field does, so two agreements come from two people).
    static let nameField = FormField(
        name: "namn_anvandare", label: "Ditt namn",
        hint: "Noden körs utan inloggning; namnet sparas i planens historik.",
        isRequired: true)

    /// The name kept in the plan's history.
    static func actorName(_ context: PageContext, form: FormInput) throws -> String {
        guard context.viewer.isLocal else { return context.viewer.user.username }
        guard let name = form.fields.trimmed("namn_anvandare") ?? form.fields.trimmed("namn_ny_version") else {
            throw WebError.badRequest("Ange ditt namn; det sparas i planens historik.")
        }
        return name
    }

    static func perform(
        _ stepName: String, planID: Int64, version: Int, form: FormInput, context: PageContext
    ) throws -> ActionResult {
        // The agreement form has one button per decision; its value names the step.
        let name = stepName == "beslut" ? form.fields["beslut"] ?? "" : stepName
        guard let step = Step(rawValue: name) else { throw WebError.notFound("Steget \"\(stepName)\" finns inte.") }
        let plan = try context.visiblePlan(planID)
        do {
            let comment = form.fields.trimmed("kommentar") ?? form.fields.trimmed("kommentar_ny_version") ?? ""
            let shown: Int
            switch step {
            case .propose:
                try requireEditor(context, "föreslå en plan")
                try context.plans.handle(
                    planID: planID, version: version, action: .propose, user: try actorName(context, form: form),
                    level: .tactical, comment: comment)
                shown = version
            case .agree, .reject:
                let level = try agreementLevel(context, form: form, agree: step == .agree)
                try context.plans.handle(
                    planID: planID, version: version, action: step == .agree ? .agree : .reject,
                    user: try actorName(context, form: form), level: level, comment: comment)
                shown = version
            case .newVersion:
                try requireEditor(context, "skapa en ny version")
                shown = try context.plans.newVersion(
                    planID: planID, from: version, user: try actorName(context, form: form), comment: comment)
            }
            return .redirect("/planer/\(plan.id)?version=\(shown)&klart=\(step.rawValue)")
        } catch let error as PlanServiceError {
            // The plan page again, with the domain's sentence: the viewer sees why and what the state is now.
            let apiError = PlanAPIController<NodeRequestContext>.apiError(error)
            var page = try PlanPage.build(context, planID: planID, selected: version)
            page.flash.insert(FlashMessage(.error, error.description), at: 0)
            page.status = apiError.status
            return .page(page)
        }
    }

    private static func requireEditor(_ context: PageContext, _ what: String) throws {
        guard context.viewer.canEditData else {
            throw WebError.forbidden(
                "Din roll (\(context.viewer.user.role.swedishLabel)) får inte \(what); be en produktionsanalytiker.")
        }
    }

    /// The viewer's level; without login the level chosen in the form.
    private static func agreementLevel(_ context: PageContext, form: FormInput, agree: Bool) throws -> PlanningLevel {
        if let level = context.viewer.agreementLevel { return level }
        guard context.viewer.isLocal else {
            throw WebError.forbidden(
                "Bara en strategisk eller taktisk chef kan \(agree ? "godkänna" : "avvisa") en plan.")
        }
        switch form.fields["niva"] {
        case "strategic": return .strategic
        case "tactical", nil: return .tactical
        case let other?: throw WebError.badRequest("Nivån \"\(other)\" finns inte; välj taktisk eller strategisk.")
        }
    }
}
