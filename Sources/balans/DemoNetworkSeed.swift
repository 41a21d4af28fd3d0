import Foundation
import HubStore
import PlanningDomain

/// The demo's network round at the hub, done as the people would do it: Östergötland writes up a learning example
/// that the agency's curator publishes; Jönköping asks for orthopaedic capacity within the healthcare region,
/// Östergötland proposes, Jönköping accepts, and the first week's delivery is recorded. Runs once per hub database.
enum DemoNetworkSeed {
    struct Report {
        var exampleTitle: String
        var agreement: String
        var requester: String
        var provider: String
    }

    static let requestID = "demo-forfragan-ortopedi"
    static let proposalID = "demo-forslag-ortopedi"
    static let agreementID = "demo-overenskommelse-ortopedi"

    static func run(store: HubStore, regions: [String], week: ISOWeek) throws -> Report? {
        guard regions.count >= 2, let curator = try store.identity(username: "kurator"),
            let author = try store.identity(username: "region\(regions[0])"),
            let requester = try store.identity(username: "region\(regions[1])")
        else { return nil }
        let title = "Veckovis avvikelsehantering kortade väntetiderna i ortopedi"
        let now = Date()
        if try store.publishedExamples().isEmpty {
            let content = LearningExampleContent(
                title: title, theme: .realisticPlanning, level: .tactical,
                problem: "Produktionen låg under plan flera veckor i rad utan att någon såg det i tid; väntetiderna "
                    + "för nybesök i ortopedi växte.",
                whatWasDone: "Varje måndag går verksamhetschefen igenom utfall mot plan och styrdiagram per "
                    + "planeringsobjekt; avvikelser kommenteras med orsak, åtgärd och ansvarig och olösta lyfts efter "
                    + "två veckor till förvaltningen.",
                results: "Andelen väntande inom 90 dagar ökade och avvikelserna hanterades inom en vecka.",
                indicatorIDs: ["share-waiting-within-90"], contactRole: "Produktionsstrateg, hälso- och sjukvården")
            var example = try store.createExample(content: content, by: author, at: now)
            example = try store.handleExample(
                id: example.id, .submit, expectedVersion: example.version, by: author, at: now)
            _ = try store.handleExample(
                id: example.id, .publish, expectedVersion: example.version,
                comment: "Ett tydligt exempel på veckorytmen – publiceras.", by: curator, at: now)
        }
        let exchange = try store.exchange(visibleTo: requester)
        if !exchange.agreements.contains(where: { $0.id == agreementID }) {
            guard let period = WeekRange(first: week.adding(weeks: 2), last: week.adding(weeks: 9)) else { return nil }
            _ = try store.handleExchange(
                .postRequest(
                    CapacityRequest(
                        id: requestID, region: regions[1], group: CapacityGroup(specialty: "Ortopedi"),
                        volume: ExchangeVolume(40, .operations), period: period, priority: .high,
                        radius: .healthcareRegion,
                        conditions: "Höft- och knäplastiker, prioritet 2; patienterna opereras på vårdgivarens sjukhus."
                    )),
                by: requester, at: now)
            _ = try store.handleExchange(
                .propose(
                    CapacityProposal(
                        id: proposalID, proposer: regions[0], target: .request(requestID), count: 40, period: period,
                        conditions: "Två extra operationsdagar per vecka.")),
                by: author, at: now)
            _ = try store.handleExchange(
                .acceptProposal(proposalID, expectedVersion: 1, agreement: agreementID), by: requester, at: now)
            let agreed = try store.exchange(visibleTo: author).agreements.first { $0.id == agreementID }
            if let agreed {
                _ = try store.handleExchange(
                    .recordDelivery(agreementID, expectedVersion: agreed.version, week: period.first, count: 5),
                    by: author, at: now)
            }
        }
        return Report(exampleTitle: title, agreement: agreementID, requester: regions[1], provider: regions[0])
    }
}
