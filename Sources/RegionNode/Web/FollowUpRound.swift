import PlanningDomain
import WebUI

/// The analyst's "run this week's follow-up" button.
enum FollowUpRound {
    static func perform(_ context: PageContext, form: FormInput) throws -> ActionResult {
        guard context.viewer.canEditData else {
            throw WebError.forbidden("Bara en produktionsanalytiker kan köra veckans uppföljning.")
        }
        guard let text = form.fields.trimmed("vecka"), case .success(let week) = ISOWeek.parse(text) else {
            throw WebError.badRequest("Veckan kan inte läsas; skriv t.ex. 2026-W12.")
        }
        do {
            _ = try FollowUpService(store: context.store, now: context.now).runRound(
                week: week, actor: context.viewer.user.username)
        } catch let error as FollowUpServiceError {
            throw WebError.badRequest(error.description)
        }
        return .redirect("/avvikelser?klart=1")
    }
}
