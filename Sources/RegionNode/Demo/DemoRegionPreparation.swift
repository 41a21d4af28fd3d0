public import Forecasting
public import Foundation
public import NodeStore
public import PlanningDomain
public import SyntheticData

/// Prepares one region node for the demo with synthetic data, the way a region would work: history imported,
/// inflow forecast, a production plan proposed and agreed at both levels, four weeks of outcome imported and
/// followed up (deviations opened, some commented, unresolved ones escalated), demo users created.
public struct DemoRegionPreparation: Sendable {
    /// The demo users' password (printed by `balans demo`; the data is synthetic).
    public static let password = "demo-losenord-2026"
    /// Weeks of outcome after the plan starts.
    public static let outcomeWeeks = 4

    /// What was prepared.
    public struct Report: Sendable {
        /// Records imported (history and outcome).
        public var importedRecords: Int
        /// Planning objects forecast.
        public var forecastObjects: Int
        /// The agreed plan's id.
        public var planID: Int64
        /// Deviations opened by the weekly rounds.
        public var deviationsOpened: Int
        /// Deviations commented.
        public var deviationsCommented: Int
        /// The demo users (username, role, unit).
        public var users: [NodeUser]
        /// Seconds spent.
        public var seconds: Double
    }

    let store: NodeStore
    let now: @Sendable () -> Date
    let methods: [any ForecastMethod]

    /// Creates the preparation for a store.
    public init(store: NodeStore, now: @escaping @Sendable () -> Date, methods: [any ForecastMethod]) {
        self.store = store
        self.now = now
        self.methods = methods
    }

    /// Runs every step for `region`, with history up to `lastWeek − outcomeWeeks` and outcome after it.
    public func run(region: SyntheticRegion, filesDirectory: String, passwordRounds: Int = 600_000) throws -> Report {
        let started = Date()
        let lastWeek = region.configuration.lastWeek
        let cutoff = lastWeek.adding(weeks: -Self.outcomeWeeks)
        let importer = RegionImporter(store: store, now: now)
        var history = try SyntheticRegionWriter.write(region, to: filesDirectory + "/historik", through: cutoff)
        // The capacity plan for the year after the history, so the demo's plan uses it where it exists.
        history.append(
            try SyntheticRegionWriter.writeCapacityPlan(region, after: cutoff, to: filesDirectory + "/historik"))
        var records = try importer.run(history.map { ImportRequest(path: $0) }).receipt.recordCount
        let forecast = try ForecastService(store: store, methods: methods, now: now).run(
            ForecastRunRequest(horizon: 52))

        let tree = try OrganisationTree(units: region.units)
        let division = tree.children(of: tree.rootCode).first ?? tree.rootCode
        let unit = tree.children(of: division).first.flatMap { tree.children(of: $0).first } ?? division
        let users = [
            NodeUser(username: "analytiker", displayName: "Alva Analytiker", role: .analyst, unitCode: nil),
            NodeUser(username: "strateg", displayName: "Sara Strateg", role: .strategic, unitCode: tree.rootCode),
            NodeUser(username: "taktiker", displayName: "Tore Taktiker", role: .tactical, unitCode: tree.rootCode),
            NodeUser(username: "enhetschef", displayName: "Eva Enhetschef", role: .operational, unitCode: unit),
            NodeUser(username: "admin", displayName: "Adam Admin", role: .admin, unitCode: nil),
        ]
        for user in users {
            try store.addUser(user, password: Self.password, rounds: passwordRounds, at: now())
        }

        let plans = PlanService(store: store, now: now)
        let created = try plans.create(
            unitCode: tree.rootCode, name: "Produktionsplan \(cutoff.adding(weeks: 1).year)", startWeek: nil,
            user: "analytiker")
        try plans.handle(
            planID: created.planID, version: 1, action: .propose, user: "analytiker", level: .tactical,
            comment: "Balanserad mot prognosen; sommarveckorna med lägre volym.")
        try plans.handle(
            planID: created.planID, version: 1, action: .agree, user: "taktiker", level: .tactical,
            comment: "Överenskommen med verksamheterna.")
        try plans.handle(
            planID: created.planID, version: 1, action: .agree, user: "strateg", level: .strategic,
            comment: "Fastställd.")

        let outcome = try SyntheticRegionWriter.writeOutcome(region, after: cutoff, to: filesDirectory + "/utfall")
        records += try importer.run(outcome.map { ImportRequest(path: $0) }).receipt.recordCount
        let followUp = FollowUpService(store: store, now: now)
        var opened: [String] = []
        for offset in 1...Self.outcomeWeeks {
            for effect in try followUp.runRound(week: cutoff.adding(weeks: offset), actor: "analytiker") {
                if case .itemOpened(let id, _) = effect { opened.append(id) }
            }
        }
        let commented = Array(opened.prefix(3))
        for id in commented {
            try followUp.comment(
                id: id, cause: "Sjukfrånvaro och vakanta tjänster under perioden.",
                action: "Extra mottagningspass och omfördelning av operationstid kommande fyra veckor.",
                owner: "Verksamhetschef", by: "enhetschef")
        }
        return Report(
            importedRecords: records, forecastObjects: forecast.objectCount, planID: created.planID,
            deviationsOpened: opened.count, deviationsCommented: commented.count, users: users,
            seconds: Date().timeIntervalSince(started))
    }
}
