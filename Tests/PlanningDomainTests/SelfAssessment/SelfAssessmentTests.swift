import PlanningDomain
import Testing

@Suite struct SelfAssessmentTests {
    private let questionnaire = SelfAssessmentQuestionnaire.socialstyrelsen2024
    private let checklist = PKSChecklist.socialstyrelsen2024

    @Test func theQuestionnaireHasEightAreasAndFortyStatements() {
        #expect(questionnaire.areas.map(\.number) == Array(1...8))
        #expect(questionnaire.areas.map(\.statements.count) == [7, 7, 7, 4, 3, 4, 5, 3])
        #expect(Set(questionnaire.statements.map(\.id)).count == 40)
        #expect(questionnaire.areas[2].question == "Hur styrande är PKS?")
        #expect(
            questionnaire.statement("3.2")?.text
                == "Produktionsmålen och -planerna är förankrade i alla berörda verksamheter.")
        #expect(questionnaire.areas.allSatisfy { !$0.comment.isEmpty })
    }

    @Test func theAnswerScalesAreTheForms() {
        #expect(
            SelfAssessmentAnswer.allCases.map(\.swedishLabel) == [
                "Instämmer i hög grad", "Instämmer delvis", "Instämmer inte alls", "Vet ej/ej relevant",
            ])
        #expect(SelfAssessmentAnswer.allCases.map(\.score) == [2, 1, 0, nil])
        #expect(ChecklistAnswer.allCases.map(\.swedishLabel) == ["Ja", "Majoritet", "Minoritet", "Nej", "Vet ej"])
    }

    @Test func theChecklistHasSixActivitiesAndQuestionsOneToTwentyThree() {
        #expect(checklist.activities.count == 6)
        #expect(checklist.questions.map(\.number) == Array(1...23))
        #expect(checklist.activities[4].groups.map(\.title) == ["Datatillgång", "IT-stöd"])
        #expect(checklist.questions[21].text == "Finns det tydliga rutiner för uppföljning inom ramen för PKS?")
    }

    @Test func noTextKeepsTheGarblingOfThePDFExtraction() {
        let allowed = Set("abcdefghijklmnopqrstuvwxyzåäöABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ0123456789 .,:;()/-–”?")
        var texts: [String] = []
        for area in questionnaire.areas {
            texts += [area.question, area.comment]
            texts += area.statements.map(\.text)
        }
        for activity in checklist.activities {
            texts.append(activity.title)
            texts += activity.groups.map(\.title)
            texts += activity.questions.map(\.text)
        }
        for text in texts {
            #expect(text.allSatisfy(allowed.contains), "\(text)")
            // Typical misreadings of å/ä/ö in the extraction.
            for garble in ["6ver", " pa ", " nivd", " dr ", "hdg", "hég", "forutsattning", " mal ", "tillganglig"] {
                #expect(!text.contains(garble), "\(garble) in \(text)")
            }
        }
    }

    private var response: SelfAssessmentResponse {
        var answers: [String: SelfAssessmentAnswer] = [:]
        for statement in questionnaire.statements { answers[statement.id] = .agreeToAHighDegree }
        answers["3.1"] = .disagree
        answers["3.2"] = .disagree
        answers["3.3"] = .unknown
        answers["3.4"] = .agreePartly
        answers["3.5"] = .agreePartly
        answers["5.1"] = .disagree
        answers["5.2"] = nil
        for index in 1...5 { answers["7.\(index)"] = .agreePartly }
        answers["4.1"] = .agreePartly
        var checklistAnswers: [Int: ChecklistAnswer] = [
            1: .yes, 2: .majority, 3: .minority, 4: .no, 5: .unknown, 6: .unknown,
        ]
        for number in 7...22 { checklistAnswers[number] = .yes }
        return SelfAssessmentResponse(
            organisationCode: "R", answeredOn: date("2025-05-20"), statementAnswers: answers,
            checklistAnswers: checklistAnswers, reflections: [3: "Planerna ses som prognoser."])
    }

    @Test func theSummaryScoresEachArea() throws {
        let summary = try SelfAssessmentSummary(response: response)
        let area3 = summary.areas[2]
        #expect(area3.count(of: .disagree) == 2 && area3.count(of: .unknown) == 1 && area3.unansweredCount == 0)
        #expect(area3.score == 0.5)  // (2·2 + 2·1 + 2·0) / (2·6)
        #expect(area3.shareHighDegree == 2.0 / 7)
        #expect(area3.shareUnknown == 1.0 / 7)
        let area5 = summary.areas[4]
        #expect(area5.answeredCount == 2 && area5.score == 0.5 && area5.shareHighDegree == 0.5)
        #expect(summary.areas[0].score == 1 && summary.areas[0].shareHighDegree == 1)
    }

    @Test func focusListsTheWeakestAreasFirstWithASwedishSentence() throws {
        let summary = try SelfAssessmentSummary(response: response)
        // Area 5: 2 of 3 need development; area 3: 3 of 7; areas 7 and 4 only "delvis" (score 0.5 before 0.875).
        #expect(summary.focus.map(\.area) == [5, 3, 7, 4])
        #expect(
            summary.focus[0].sentence
                == "5. Finns nödvändig PKS-kompetens i organisationen? 2 av 3 påståenden: 1 med ”Instämmer inte alls”, "
                + "1 obesvarat. Här är fortsatt utvecklingsarbete särskilt angeläget.")
        #expect(summary.focus[2].sentence.contains("5 av 5 påståenden besvarades med ”Instämmer delvis”"))
    }

    @Test func theChecklistSummaryShowsGapsScoresAndTheUnknownsNote() throws {
        let summary = try SelfAssessmentSummary(response: response)
        #expect(summary.checklistGaps.map(\.number) == [3, 4, 5, 6, 23])
        #expect(summary.checklistScores[0].score == 1)
        #expect(abs(summary.checklistScores[1].score! - 5.0 / 7) < 1e-12)
        #expect(summary.checklistNote?.contains("öka kommunikationen om PKS") == true)
    }

    @Test func answersToQuestionsThatDoNotExistAreRefused() {
        var wrong = response
        wrong.statementAnswers["9.1"] = .agreePartly
        #expect(throws: SelfAssessmentError.unknownStatement("9.1")) { try SelfAssessmentSummary(response: wrong) }
        wrong = response
        wrong.checklistAnswers[24] = .yes
        #expect(throws: SelfAssessmentError.unknownChecklistQuestion(24)) { try SelfAssessmentSummary(response: wrong) }
        wrong = response
        wrong.version = "socialstyrelsen-2019"
        #expect(
            throws: SelfAssessmentError.versionMismatch(
                response: "socialstyrelsen-2019", expected: "socialstyrelsen-2024")
        ) {
            try SelfAssessmentSummary(response: wrong)
        }
    }

    @Test func anAllHighAssessmentHasNothingToFocusOn() throws {
        var answers: [String: SelfAssessmentAnswer] = [:]
        for statement in questionnaire.statements { answers[statement.id] = .agreeToAHighDegree }
        let summary = try SelfAssessmentSummary(
            response: SelfAssessmentResponse(
                organisationCode: "R", answeredOn: date("2025-05-20"), statementAnswers: answers))
        #expect(summary.focus.isEmpty)
        #expect(summary.checklistGaps.count == 23)
        #expect(summary.checklistNote == nil)
    }
}
