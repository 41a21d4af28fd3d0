import Foundation
import Hummingbird
import NodeStore
import PlanningDomain
import ServerSupport

/// The node's self-assessment API, v1: every unit the caller may see with its answering status and weakest areas,
/// one unit's answers with the summary of where to focus, and saving a unit's answers (PUT replaces them all).
struct SelfAssessmentAPIController<Context: NodeUserContext>: Sendable {
    let store: NodeStore
    let now: @Sendable () -> Date

    /// Largest accepted body (40 answers, 23 answers and eight reflections of at most 10 000 characters fit).
    static var maximumBodyBytes: Int { 512 * 1024 }

    private var service: SelfAssessmentService { SelfAssessmentService(store: store, now: now) }

    func addRoutes(to group: RouterGroup<Context>) {
        group.get("self-assessments") { _, context -> SelfAssessmentAPI.List in
            let user = try context.requireUser()
            let service = service
            let units = try await BlockingWork.run { try service.overview(for: user) }
            return SelfAssessmentAPI.List(
                version: SelfAssessmentService.questionnaire.version,
                statementCount: SelfAssessmentService.questionnaire.statements.count,
                checklistCount: SelfAssessmentService.checklist.questions.count,
                units: units.map(SelfAssessmentAPI.UnitRow.init))
        }
        group.get("self-assessments/:unit") { _, context -> SelfAssessmentAPI.Detail in
            let user = try context.requireUser()
            let unit = try context.parameters.require("unit")
            let service = service
            return SelfAssessmentAPI.Detail(
                try await BlockingWork.run { try service.assessment(unit: unit, for: user) })
        }
        group.put("self-assessments/:unit") { request, context -> SelfAssessmentAPI.Detail in
            let user = try context.requireUser()
            let unit = try context.parameters.require("unit")
            let input = try await Self.decode(request, context)
            let service = service
            return SelfAssessmentAPI.Detail(
                try await BlockingWork.run { try service.save(unit: unit, input: input, by: user) })
        }
    }

    private static func decode(_ request: Request, _ context: Context) async throws -> SelfAssessmentInput {
        let body: ByteBuffer
        do {
            body = try await request.body.collect(upTo: maximumBodyBytes)
        } catch {
            throw APIError(
                .contentTooLarge, code: "self_assessment.too_large",
                message: "Självskattningen är större än \(maximumBodyBytes / 1024) KiB; korta reflektionerna.")
        }
        do {
            return try JSONDecoder().decode(SelfAssessmentInput.self, from: Data(body.readableBytesView))
        } catch {
            throw APIError.badRequest(
                "Självskattningens JSON kan inte läsas. Skicka ett objekt med statements ({\"1.1\": \"agreePartly\"}), "
                    + "checklist ({\"5\": \"yes\"}), reflections ({\"1\": \"text\"}) och answeredOn (ÅÅÅÅ-MM-DD); "
                    + "alla värden är text.")
        }
    }
}

extension SelfAssessmentAPI.List: ResponseEncodable {}
extension SelfAssessmentAPI.Detail: ResponseEncodable {}
