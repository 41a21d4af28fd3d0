import Foundation
import Hummingbird
import NodeStore
import PlanningDomain
import ServerSupport

/// One unit's self-assessment as the pages and the API show it: the saved answers (or none), the domain's
/// summary of where to focus, how far the answering has come, and whether the viewer may answer.
struct UnitSelfAssessment: Sendable {
    /// The organisation unit.
    var unit: OrganisationUnit
    /// What was saved, with who and when; nil before the first save.
    var stored: StoredSelfAssessment?
    /// The answers (empty before the first save).
    var response: SelfAssessmentResponse
    /// Per area, where to focus, the checklist's gaps.
    var summary: SelfAssessmentSummary
    /// Answered counts and status.
    var progress: SelfAssessmentProgress
    /// Whether the viewer may save answers for the unit.
    var mayAnswer: Bool
}

/// Reads and saves self-assessments per organisation unit with the node's scope rule: a manager reads units in
/// their part of the tree (others answer 404, like units that do not exist); who may save is
/// ``PlanningDomain/NodeUser/mayAnswerSelfAssessment(for:in:)``. A nil user is the node without authentication.
struct SelfAssessmentService: Sendable {
    let store: NodeStore
    let now: @Sendable () -> Date

    /// The questionnaire answered on this node.
    static let questionnaire = SelfAssessmentQuestionnaire.socialstyrelsen2024
    /// The checklist answered on this node.
    static let checklist = PKSChecklist.socialstyrelsen2024

    /// Every unit the user may see, in tree order (each unit before its children), with its self-assessment.
    func overview(for user: NodeUser?) throws -> [UnitSelfAssessment] {
        let units = try store.masterData().units
        guard !units.isEmpty else { return [] }
        let tree = try OrganisationTree(units: units)
        let stored = Dictionary(
            try store.selfAssessments().map { ($0.response.organisationCode, $0) }, uniquingKeysWith: { $1 })
        return Self.treeOrder(tree).filter { user?.canSee(unit: $0, in: tree) ?? true }.compactMap { code in
            tree.units[code].map { assessment($0, stored: stored[code], tree: tree, user: user) }
        }
    }

    /// One unit's self-assessment; 404 for an unknown unit or one outside the user's scope.
    func assessment(unit code: String, for user: NodeUser?) throws -> UnitSelfAssessment {
        let tree = try self.tree(containing: code, for: user)
        return assessment(tree.units[code]!, stored: try store.selfAssessment(unitCode: code), tree: tree, user: user)
    }

    /// Validates `input` and replaces the unit's answers; 404 outside the scope, 403 for a user who may not answer,
    /// 422 (``SelfAssessmentInputError``) naming each bad field.
    func save(unit code: String, input: SelfAssessmentInput, by user: NodeUser?) throws -> UnitSelfAssessment {
        let tree = try self.tree(containing: code, for: user)
        if let user, !user.mayAnswerSelfAssessment(for: code, in: tree) {
            throw APIError(
                .forbidden, code: "auth.forbidden",
                message: "Din roll (\(user.role.swedishLabel)) får inte besvara självskattningen för \(code); be en "
                    + "produktionsanalytiker eller en strategisk eller taktisk chef för enheten.")
        }
        let response = try input.response(
            unit: code, today: Self.today(now()), questionnaire: Self.questionnaire, checklist: Self.checklist
        ).orThrow()
        do {
            try store.replaceSelfAssessment(response, by: user?.username ?? WebViewer.localUser.username, at: now())
        } catch let error as NetworkWriteError {
            // A reflection with a personnummer: the answers would be shared with the agency, so nothing is saved.
            throw APIError(.unprocessableContent, code: error.code, message: error.message)
        }
        return try assessment(unit: code, for: user)
    }

    // MARK: - Helpers

    private func tree(containing code: String, for user: NodeUser?) throws -> OrganisationTree {
        let units = try store.masterData().units
        guard !units.isEmpty else { throw NodeAccess.outOfScope(code) }
        let tree = try OrganisationTree(units: units)
        guard tree.units[code] != nil, user?.canSee(unit: code, in: tree) ?? true else {
            throw NodeAccess.outOfScope(code)
        }
        return tree
    }

    private func assessment(
        _ unit: OrganisationUnit, stored: StoredSelfAssessment?, tree: OrganisationTree, user: NodeUser?
    ) -> UnitSelfAssessment {
        let empty = SelfAssessmentResponse(
            organisationCode: unit.code, answeredOn: Self.today(now()), version: Self.questionnaire.version)
        // Answers to another version of the form (none exist yet) are shown as not started rather than failing.
        let response = stored?.response.version == Self.questionnaire.version ? stored!.response : empty
        let summary =
            (try? SelfAssessmentSummary(
                response: response, questionnaire: Self.questionnaire, checklist: Self.checklist))
            ?? (try! SelfAssessmentSummary(
                response: empty, questionnaire: Self.questionnaire, checklist: Self.checklist))
        return UnitSelfAssessment(
            unit: unit, stored: stored, response: response, summary: summary,
            progress: SelfAssessmentProgress(
                response: response, questionnaire: Self.questionnaire, checklist: Self.checklist),
            mayAnswer: user?.mayAnswerSelfAssessment(for: unit.code, in: tree) ?? true)
    }

    /// Depth first from the root, children by code.
    static func treeOrder(_ tree: OrganisationTree) -> [String] {
        var result: [String] = []
        var stack = [tree.rootCode]
        while let code = stack.popLast() {
            result.append(code)
            stack += tree.children(of: code).sorted().reversed()
        }
        return result
    }

    /// The date in Sweden at `date`.
    static func today(_ date: Date) -> CivilDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Stockholm") ?? .gmt
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return CivilDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
            ?? CivilDate(daysSinceEpoch: 0)
    }
}

extension Result where Failure == SelfAssessmentInputError {
    /// The success value, or the failure thrown (it answers as the API's 422).
    func orThrow() throws(SelfAssessmentInputError) -> Success {
        switch self {
        case .success(let value): return value
        case .failure(let error): throw error
        }
    }
}
