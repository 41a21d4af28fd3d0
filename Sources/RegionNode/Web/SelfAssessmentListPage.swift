import NodeStore
import PlanningDomain
import WebUI

/// `/sjalvskattning`: every organisation unit the viewer may see, with how far its self-assessment has come and
/// its weakest area; each unit links to its form and summary. The table downloads as CSV or Excel.
enum SelfAssessmentListPage {
    static func build(_ context: PageContext) throws -> WebPage {
        let assessments = try SelfAssessmentService(store: context.store, now: context.now)
            .overview(for: context.viewer.user)
        let questionnaire = SelfAssessmentService.questionnaire
        let checklist = SelfAssessmentService.checklist
        var page = context.page("Självskattning")
        page.paragraph(
            "Socialstyrelsens självskattningsstöd för produktions- och kapacitetsstyrning (\(questionnaire.areas.count) "
                + "områden, \(questionnaire.statements.count) påståenden) och checklistan för att skapa rätt "
                + "förutsättningar för PKS (\(checklist.questions.count) frågor), besvarade per organisation. Välj en "
                + "enhet för att besvara eller läsa svaren och se var ni bör fokusera.")
        let started = assessments.filter { $0.progress.status != .notStarted }
        page.paragraph(
            "\(started.count) av \(assessments.count) enheter har påbörjat självskattningen, "
                + "\(assessments.filter { $0.progress.status == .complete }.count) har besvarat allt.")
        page.add(
            WebTable(
                id: "sjalvskattningar", caption: "Självskattning per organisationsenhet",
                columns: [
                    .init("Enhet"), .init("Nivå"), .init("Status"),
                    .init("Påståenden besvarade", kind: .number(decimals: 0)),
                    .init("Checklistfrågor besvarade", kind: .number(decimals: 0)),
                    .init("Andel besvarad", kind: .percent(decimals: 0)), .init("Fokusera först på"),
                    .init("Besvarad"), .init("Sparad av"),
                ],
                rows: assessments.map { assessment in
                    let code = assessment.unit.code
                    let weakest = assessment.progress.status == .notStarted ? nil : assessment.summary.focus.first
                    return [
                        .link(context.unitLabel(code), href: path(code)),
                        .text(assessment.unit.level.swedishName.capitalizedFirst),
                        .badge(badge(assessment.progress.status)),
                        .number(Double(assessment.progress.statementsAnswered)),
                        .number(Double(assessment.progress.checklistAnswered)),
                        .number(assessment.progress.share),
                        .text(weakest.flatMap { focus in areaTitle(focus.area) } ?? "–"),
                        .text(assessment.stored.map { _ in assessment.response.answeredOn.description } ?? "–"),
                        .text(assessment.stored?.updatedBy ?? "–"),
                    ]
                }, fileName: "sjalvskattning",
                emptyMessage: "Det finns inga organisationsenheter ännu; importera organisationen först."))
        return page
    }

    /// The unit's page.
    static func path(_ unit: String) -> String { "/sjalvskattning/" + WebForm.escape(unit) }

    /// "3. Hur styrande är PKS?".
    static func areaTitle(_ number: Int) -> String? {
        SelfAssessmentService.questionnaire.areas.first { $0.number == number }.map { "\($0.number). \($0.question)" }
    }

    static func badge(_ status: SelfAssessmentProgress.Status) -> StatusBadge {
        switch status {
        case .notStarted: StatusBadge(status.swedishLabel, tone: .neutral)
        case .started: StatusBadge(status.swedishLabel, tone: .info)
        case .complete: StatusBadge(status.swedishLabel, tone: .positive)
        }
    }
}

extension String {
    /// The string with its first letter upper-cased ("förvaltning" → "Förvaltning").
    fileprivate var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
