import PlanningDomain
import Testing

/// Who may answer a unit's self-assessment, and how far an answering has come, over many random trees, users and
/// responses.
@Suite struct SelfAssessmentAccessTests {
    /// A region with 1–3 divisions, each with 1–3 departments, each with 0–3 units.
    private func randomTree(_ random: inout SeededGenerator) throws -> OrganisationTree {
        var units = [OrganisationUnit(code: "R", name: "Region", level: .region, parentCode: nil)]
        for d in 1...Int.random(in: 1...3, using: &random) {
            units.append(OrganisationUnit(code: "D\(d)", name: "Division \(d)", level: .division, parentCode: "R"))
            for k in 1...Int.random(in: 1...3, using: &random) {
                let department = "D\(d)K\(k)"
                units.append(
                    OrganisationUnit(code: department, name: "Klinik", level: .department, parentCode: "D\(d)"))
                for e in 0..<Int.random(in: 0...3, using: &random) {
                    units.append(
                        OrganisationUnit(
                            code: "\(department)E\(e)", name: "Enhet", level: .unit, parentCode: department))
                }
            }
        }
        return try OrganisationTree(units: units)
    }

    @Test func onlyEditorsAndStrategicOrTacticalManagersInScopeMayAnswer() throws {
        var random = SeededGenerator(seed: 54)
        for _ in 0..<200 {
            let tree = try randomTree(&random)
            let codes = tree.units.keys.sorted()
            let role = NodeRole.allCases.randomElement(using: &random)!
            let scope = role.isScoped ? codes.randomElement(using: &random) : nil
            let user = NodeUser(username: "u", displayName: "U", role: role, unitCode: scope)
            for unit in codes + ["OKÄND"] {
                let may = user.mayAnswerSelfAssessment(for: unit, in: tree)
                // Never for a unit that does not exist or that the user cannot see.
                if tree.units[unit] == nil || !user.canSee(unit: unit, in: tree) { #expect(!may) }
                switch role {
                case .admin, .analyst: #expect(may == (tree.units[unit] != nil))
                case .strategic, .tactical:
                    #expect(may == (tree.units[unit] != nil && tree.isWithin(unit, ancestor: scope!)))
                case .operational: #expect(!may)
                }
            }
        }
    }

    @Test func progressCountsOnlyWhatTheFormAsksAndIsCompleteExactlyWhenAllIsAnswered() {
        let questionnaire = SelfAssessmentQuestionnaire.socialstyrelsen2024
        let checklist = PKSChecklist.socialstyrelsen2024
        var random = SeededGenerator(seed: 4)
        for round in 0..<300 {
            // Every third round answers everything, so the complete case is covered.
            let density = round % 3 == 0 ? 1.0 : Double.random(in: 0...1, using: &random)
            var response = SelfAssessmentResponse(organisationCode: "R", answeredOn: CivilDate(daysSinceEpoch: 0))
            for statement in questionnaire.statements where Double.random(in: 0..<1, using: &random) < density {
                response.statementAnswers[statement.id] = SelfAssessmentAnswer.allCases.randomElement(using: &random)
            }
            for question in checklist.questions where Double.random(in: 0..<1, using: &random) < density {
                response.checklistAnswers[question.number] = ChecklistAnswer.allCases.randomElement(using: &random)
            }
            // Answers the form does not ask are not counted.
            response.statementAnswers["9.9"] = .agreePartly
            response.checklistAnswers[99] = .yes
            let progress = SelfAssessmentProgress(response: response)
            #expect(progress.statementsAnswered == response.statementAnswers.count - 1)
            #expect(progress.checklistAnswered == response.checklistAnswers.count - 1)
            #expect(progress.statementCount == 40 && progress.checklistCount == 23)
            #expect((0...1).contains(progress.share))
            let all = progress.statementsAnswered == 40 && progress.checklistAnswered == 23
            let none = progress.statementsAnswered == 0 && progress.checklistAnswered == 0
            #expect((progress.status == .complete) == all)
            #expect((progress.status == .notStarted) == none)
            #expect((progress.share == 1) == all)
        }
    }
}
