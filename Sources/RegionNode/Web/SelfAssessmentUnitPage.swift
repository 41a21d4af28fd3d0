import Foundation
import Hummingbird
import NodeStore
import PlanningDomain
import WebUI

/// `/sjalvskattning/{unit}`: where to focus (the domain's summary, a bar chart per area, the checklist's gaps)
/// and the questionnaire with the checklist as a form. Who may answer saves with a CSRF-protected POST; other
/// viewers in scope read the answers.
enum SelfAssessmentUnitPage {
    static func build(
        _ context: PageContext, unit code: String, posted: SelfAssessmentInput? = nil,
        problems: [SelfAssessmentInput.Problem] = []
    ) throws -> WebPage {
        let assessment = try SelfAssessmentService(store: context.store, now: context.now)
            .assessment(unit: code, for: context.viewer.user)
        var page = context.page("Självskattning: \(context.unitLabel(code))")
        if context.query["sparad"] != nil { page.flash.append(FlashMessage(.success, "Självskattningen är sparad.")) }
        if !problems.isEmpty {
            page.status = .unprocessableContent
            page.flash.append(
                FlashMessage(
                    .error,
                    "Självskattningen sparades inte: "
                        + problems.map(\.message).joined(separator: " ")))
        }
        page.add(.p { HTMLNode.a(.href("/sjalvskattning")) { "← Alla enheter" } })
        let progress = assessment.progress
        page.paragraph(
            "\(progress.status.swedishLabel): \(progress.statementsAnswered) av \(progress.statementCount) påståenden "
                + "och \(progress.checklistAnswered) av \(progress.checklistCount) checklistfrågor besvarade."
                + (assessment.stored.map {
                    " Besvarad \(SwedishFormat.date(assessment.response.answeredOn)), sparad av \($0.updatedBy) "
                        + "\(WebText.timestamp(ISO8601DateFormatter().string(from: $0.updatedAt)))."
                } ?? ""))
        page.section("Var ni bör fokusera", id: "fokus") { section in
            SelfAssessmentSummaryView.add(assessment, to: &section)
        }
        page.section(assessment.mayAnswer ? "Besvara självskattningen" : "Svaren", id: "svar") { section in
            if !assessment.mayAnswer {
                section.paragraph(
                    "Du kan läsa svaren men inte ändra dem. Självskattningen besvaras av en produktionsanalytiker "
                        + "eller av en strategisk eller taktisk chef för enheten.")
            }
            section.add(
                SelfAssessmentFormView(
                    action: SelfAssessmentListPage.path(code),
                    csrfToken: assessment.mayAnswer ? context.viewer.csrfToken : nil,
                    input: posted ?? SelfAssessmentInput(assessment.response),
                    problems: Dictionary(problems.map { ($0.field, $0.message) }, uniquingKeysWith: { $0 + " " + $1 }),
                    label: "Självskattning för \(context.unitLabel(code))"
                ).node())
        }
        return page
    }

    /// Saves the posted form; the form again with every problem when something is wrong.
    static func save(_ context: PageContext, unit code: String, form: FormInput) throws -> ActionResult {
        let input = input(form.fields)
        do {
            _ = try SelfAssessmentService(store: context.store, now: context.now)
                .save(unit: code, input: input, by: context.viewer.user)
        } catch let error as SelfAssessmentInputError {
            return .page(try build(context, unit: code, posted: input, problems: error.problems))
        }
        return .redirect(SelfAssessmentListPage.path(code) + "?sparad=1")
    }

    /// The form's fields as the API's body.
    static func input(_ form: WebForm) -> SelfAssessmentInput {
        var input = SelfAssessmentInput(answeredOn: form["answeredOn"])
        for (name, values) in form.fields {
            guard let value = values.first else { continue }
            if name.hasPrefix("statements.") {
                input.statements[String(name.dropFirst("statements.".count))] = value
            } else if name.hasPrefix("checklist.") {
                input.checklist[String(name.dropFirst("checklist.".count))] = value
            } else if name.hasPrefix("reflections.") {
                input.reflections[String(name.dropFirst("reflections.".count))] = value
            }
        }
        return input
    }
}
