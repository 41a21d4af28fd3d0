import Foundation
import HubStore
import Hummingbird
import PlanningDomain
import ServerSupport

/// Self-assessment summaries: a region submits its answers (`POST self-assessment`), reads its own
/// (`GET self-assessment`), and sees them against the anonymous national distribution per area
/// (`GET self-assessment/national`; areas with fewer than three responding regions are suppressed).
struct SelfAssessmentController: Sendable {
    let store: HubStore
    let now: @Sendable () -> Date
    let maximumBodyBytes: Int

    func addRoutes(to group: RouterGroup<HubRequestContext>) {
        let store = store
        let now = now
        group.post("self-assessment") { request, context -> EditedResponse<SelfAssessmentReceipt> in
            let identity = try context.require([.regionUser, .regionNode])
            let response = try await JSONBody.decode(
                SelfAssessmentResponse.self, from: request, limit: maximumBodyBytes, what: "självskattningen")
            let at = now()
            let summary = try await StoreWork.run { try store.submitSelfAssessment(response, by: identity, at: at) }
            return EditedResponse(status: .created, response: SelfAssessmentReceipt(summary: summary))
        }
        group.get("self-assessment") { _, context -> OwnSelfAssessments in
            let identity = try context.requireIdentity()
            return OwnSelfAssessments(responses: try await StoreWork.run { try store.ownSelfAssessments(of: identity) })
        }
        group.get("self-assessment/national") { _, context -> NationalSelfAssessmentResponse in
            let identity = try context.requireIdentity()
            return NationalSelfAssessmentResponse(
                national: try await StoreWork.run { try store.nationalSelfAssessment(for: identity) })
        }
    }
}

/// The summary of a submitted response.
struct SelfAssessmentReceipt: ResponseEncodable {
    var summary: SelfAssessmentSummary
}

/// The caller's own responses.
struct OwnSelfAssessments: ResponseEncodable {
    var responses: [SelfAssessmentResponse]
}

/// The national picture.
struct NationalSelfAssessmentResponse: ResponseEncodable {
    var national: NationalSelfAssessment
}
