import PlanningDomain
import WebUI

/// The "var ni bör fokusera" section of a unit's self-assessment: the domain's focus sentences (weakest areas and
/// unanswered statements first), a bar chart of score and development need per area, the per-area table, and
/// the checklist's activity scores and gaps.
enum SelfAssessmentSummaryView {
    static func add(_ assessment: UnitSelfAssessment, to section: inout WebPage) {
        let summary = assessment.summary
        if assessment.progress.status == .notStarted {
            section.paragraph(
                "Inget är besvarat ännu. När påståendena är besvarade visas här de områden där utvecklingsarbetet är "
                    + "mest angeläget.")
        } else if summary.focus.isEmpty {
            section.paragraph(
                "Alla påståenden besvarades med ”\(SelfAssessmentAnswer.agreeToAHighDegree.swedishLabel)”. "
                    + "Fortsätt arbeta som i dag och följ upp att det håller.")
        } else {
            section.add(.ol(.class("focus-list")) { for focus in summary.focus { HTMLNode.li { focus.sentence } } })
        }
        section.add(
            BarChart(
                options: ChartOptions(
                    title: "Poäng och utvecklingsbehov per område", id: "sjalvskattning-omraden",
                    summary: "Staplar per område: poäng (hög grad 2, delvis 1, inte alls 0, som andel av det möjliga) "
                        + "och andel påståenden som behöver utvecklas (inte alls, vet ej eller obesvarade).",
                    unit: "%", categoryTitle: "Område", tableDecimals: 0),
                labels: summary.areas.map { "Område \($0.area)" },
                series: [
                    ChartSeries(
                        name: "Poäng", values: summary.areas.map { $0.score.map { $0 * 100 } },
                        style: ChartSeriesStyle(colour: .blue)),
                    ChartSeries(
                        name: "Behöver utvecklas",
                        values: summary.areas.map { Double($0.needingDevelopment) / Double($0.statementCount) * 100 },
                        style: ChartSeriesStyle(colour: .orange, pattern: .dashed)),
                ]
            ).figure())
        section.add(
            WebTable(
                id: "omraden", caption: "Svar per område",
                columns: [
                    .init("Område"), .init("Påståenden", kind: .number(decimals: 0)),
                    .init("I hög grad", kind: .number(decimals: 0)), .init("Delvis", kind: .number(decimals: 0)),
                    .init("Inte alls", kind: .number(decimals: 0)),
                    .init("Vet ej/ej relevant", kind: .number(decimals: 0)),
                    .init("Obesvarade", kind: .number(decimals: 0)), .init("Poäng", kind: .percent(decimals: 0)),
                ],
                rows: summary.areas.map { area in
                    [
                        .link("\(area.area). \(area.question)", href: "#omrade-\(area.area)"),
                        .number(Double(area.statementCount)), .number(Double(area.count(of: .agreeToAHighDegree))),
                        .number(Double(area.count(of: .agreePartly))), .number(Double(area.count(of: .disagree))),
                        .number(Double(area.count(of: .unknown))), .number(Double(area.unansweredCount)),
                        .number(area.score),
                    ]
                }, fileName: "sjalvskattning-\(assessment.unit.code)"))
        section.add(.h3 { "Checklistan" })
        if let note = summary.checklistNote { section.paragraph(note) }
        section.add(
            WebTable(
                id: "checklista", caption: "Checklistans aktiviteter",
                columns: [.init("Aktivitet"), .init("Genomfört", kind: .percent(decimals: 0))],
                rows: summary.checklistScores.map { [.text($0.title), .number($0.score)] },
                fileName: "checklista-\(assessment.unit.code)"))
        if summary.checklistGaps.isEmpty {
            section.paragraph("Alla checklistans frågor är besvarade med Ja eller Majoritet.")
        } else {
            section.paragraph(
                "\(summary.checklistGaps.count) frågor är besvarade med Nej, Minoritet eller Vet ej, eller obesvarade:")
            section.add(
                .ul(.class("checklist-gaps")) {
                    for question in summary.checklistGaps { HTMLNode.li { "\(question.number). \(question.text)" } }
                })
        }
    }
}
