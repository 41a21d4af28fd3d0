import Foundation
import Hub
import HubStore
import Hummingbird
import HummingbirdTesting
import PlanningDomain
import Testing

/// Self-assessment: each region sees only its own answers; the national distribution is anonymous and withheld
/// for areas fewer than three regions answered.
@Suite("Self-assessment")
struct SelfAssessmentTests {
    let fixture: HubFixture

    init() throws {
        fixture = try HubFixture()
    }

    /// Area 1 has seven statements: `high` of them "hög grad", the rest "delvis".
    func submit(_ region: String, high: Int, alsoArea2: Bool = false) throws {
        var answers: [String: SelfAssessmentAnswer] = [:]
        for index in 1...7 { answers["1.\(index)"] = index <= high ? .agreeToAHighDegree : .agreePartly }
        if alsoArea2 { answers["2.1"] = .disagree }
        let response = SelfAssessmentResponse(
            organisationCode: region, answeredOn: CivilDate(year: 2026, month: 11, day: 1)!, statementAnswers: answers)
        try fixture.store.submitSelfAssessment(response, by: try fixture.identity(region, .regionUser), at: fixture.now)
    }

    @Test func theNationalViewShowsDistributionsOnlyWithThreeRegionsAndTheCallersOwnScore() throws {
        try submit("05", high: 7, alsoArea2: true)
        try submit("06", high: 0, alsoArea2: true)
        try submit("08", high: 7)
        let national = try fixture.store.nationalSelfAssessment(for: try fixture.identity("06", .regionUser))
        #expect(national.respondingRegions == 3)
        let area1 = try #require(national.areas.first { $0.number == 1 })
        #expect(!area1.suppressed)
        // Scores: 1.0, 0.5, 1.0 → median 1.0, quartiles 0.75 and 1.0.
        #expect(area1.median == 1.0)
        #expect(area1.lowerQuartile == 0.75)
        #expect(area1.ownScore == 0.5)
        let area2 = try #require(national.areas.first { $0.number == 2 })
        #expect(area2.suppressed)
        #expect(area2.median == nil)
        #expect(area2.answerShares.isEmpty)
    }

    @Test func aRegionCannotSeeAnotherRegionsAnswers() async throws {
        try submit("05", high: 3)
        let other = try fixture.token("06", .regionUser)
        let own = try fixture.token("05", .regionUser)
        try await fixture.application.test(.router) { client in
            let foreign = try await client.call(.get, "/api/v1/self-assessment", token: other)
            #expect((try jsonObject(foreign.body)["responses"] as? [Any])?.isEmpty == true)
            let mine = try await client.call(.get, "/api/v1/self-assessment", token: own)
            #expect((try jsonObject(mine.body)["responses"] as? [Any])?.count == 1)
            let national = try await client.call(.get, "/api/v1/self-assessment/national", token: other)
            #expect(!String(buffer: national.body).contains("\"organisationCode\""))
        }
    }

    @Test func answersToUnknownStatementsAreRefused() async throws {
        let token = try fixture.token("05", .regionUser)
        let body =
            #"{"organisationCode":"05","answeredOn":"2026-11-01","version":"socialstyrelsen-2024","statementAnswers":{"9.9":"disagree"},"checklistAnswers":{},"reflections":{}}"#
        try await fixture.application.test(.router) { client in
            let response = try await client.call(.post, "/api/v1/self-assessment", token: token, json: body)
            #expect(response.status == .unprocessableContent)
        }
    }
}
