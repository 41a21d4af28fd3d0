import Foundation
import GRDB
public import PlanningDomain

/// A stored production plan: its header, the versions' agreement workflow, each version's actions and the goals.
public struct StoredPlan: Sendable {
    /// The plan's id.
    public var id: Int64
    /// The planner's name for the plan.
    public var name: String
    /// When the plan was created (ISO 8601).
    public var createdAt: String
    /// Who created it.
    public var createdBy: String
    /// The versions and their workflow, as the domain holds them.
    public var versions: PlanVersions
    /// Balancing actions per version number.
    public var actions: [Int: [PlanActionRecord]]
    /// Production goals for the plan's scope.
    public var goals: [ProductionGoal]
}

/// What a plan command may change in one transaction: the workflow and the actions per version.
public struct PlanWorkflowState: Sendable {
    /// The versions and their workflow.
    public var versions: PlanVersions
    /// Balancing actions per version number.
    public var actions: [Int: [PlanActionRecord]]
}

/// A plan that does not exist.
public struct UnknownPlanError: Error, Sendable, CustomStringConvertible {
    /// The id asked for.
    public var id: Int64

    /// Creates the error for plan `id`.
    public init(id: Int64) {
        self.id = id
    }

    /// Swedish description.
    public var description: String {
        "Produktionsplan \(id) finns inte. Skapa en med balans plan create."
    }
}

extension NodeStore {
    /// Stores a new plan with its first version(s); returns the plan's id.
    public func createPlan(
        name: String, versions: PlanVersions, createdAt: String, createdBy: String
    ) throws -> Int64 {
        try writer.write { db in
            guard let first = versions.versions.first else { throw UnknownPlanError(id: 0) }
            try db.execute(
                sql: """
                    INSERT INTO plan (name, scope_unit, start_week, week_count, created_at, created_by)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    name, versions.scope, first.plan.startWeek.key, first.plan.weekCount, createdAt, createdBy,
                ])
            let id = db.lastInsertedRowID
            try Self.saveVersions(PlanWorkflowState(versions: versions, actions: [:]), planID: id, db: db)
            return id
        }
    }

    /// The plan with `id`, or nil.
    public func plan(id: Int64) throws -> StoredPlan? {
        // Decoding a 12-month plan of thousands of objects takes long; pages read it on every request.
        try cache.value("plan \(id)") { try writer.read { db in try Self.loadPlan(id: id, db: db) } }
    }

    /// Runs `change` on the plan's workflow and saves the result, all in one write transaction: an error thrown
    /// by `change` (a refusal by the domain) leaves the plan as it was.
    public func updatePlan<T: Sendable>(
        id: Int64, _ change: @Sendable (inout PlanWorkflowState) throws -> T
    ) throws -> T {
        try writer.write { db in
            guard let stored = try Self.loadPlan(id: id, db: db) else { throw UnknownPlanError(id: id) }
            var state = PlanWorkflowState(versions: stored.versions, actions: stored.actions)
            let result = try change(&state)
            try Self.saveVersions(state, planID: id, db: db)
            return result
        }
    }

    /// Adds a production goal to a plan.
    public func addPlanGoal(planID: Int64, goal: ProductionGoal) throws {
        try writer.write { db in
            guard try Int.fetchOne(db, sql: "SELECT 1 FROM plan WHERE id = ?", arguments: [planID]) != nil else {
                throw UnknownPlanError(id: planID)
            }
            let (year, quarter): (Int, Int?) =
                switch goal.period {
                case .year(let year): (year, nil)
                case .quarter(let quarter): (quarter.year, quarter.quarter)
                }
            let specialty: String? =
                if case .specialty(let code) = goal.selection { code } else { nil }
            try db.execute(
                sql:
                    "INSERT INTO plan_goal (plan_id, name, year, quarter, specialty, volume) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [planID, goal.name, year, quarter, specialty, goal.volume])
        }
    }

    private static func loadPlan(id: Int64, db: Database) throws -> StoredPlan? {
        guard let header = try Row.fetchOne(db, sql: "SELECT * FROM plan WHERE id = ?", arguments: [id]) else {
            return nil
        }
        let scope: String = header["scope_unit"]
        let rows = try Row.fetchAll(
            db, sql: "SELECT * FROM plan_version WHERE plan_id = ? ORDER BY number", arguments: [id])
        let decoder = JSONDecoder()
        var versions: [PlanVersion] = []
        var actions: [Int: [PlanActionRecord]] = [:]
        for row in rows {
            let number: Int = row["number"]
            let history = try decoder.decode(VersionHistoryRecord.self, from: Data((row["history"] as String).utf8))
            let parts = PlanVersionRecord(
                number: number, parent: row["parent_number"],
                plan: try decoder.decode(ProductionPlan.self, from: Data((row["volumes"] as String).utf8)),
                status: PlanVersionStatus(rawValue: row["status"])!, agreements: history.agreements,
                history: history.history)
            // The domain's PlanVersion has no public memberwise init: it is rebuilt through its Codable form,
            // whose keys are the record's.
            versions.append(try decoder.decode(PlanVersion.self, from: try JSONEncoder().encode(parts)))
            actions[number] = try decoder.decode(
                [PlanActionRecord].self, from: Data((row["actions"] as String).utf8))
        }
        let workflow = try decoder.decode(
            PlanVersions.self, from: try JSONEncoder().encode(PlanVersionsRecord(scope: scope, versions: versions)))
        let goals = try Row.fetchAll(db, sql: "SELECT * FROM plan_goal WHERE plan_id = ? ORDER BY id", arguments: [id])
            .map { row -> ProductionGoal in
                let year: Int = row["year"]
                let quarter: Int? = row["quarter"]
                let specialty: String? = row["specialty"]
                return ProductionGoal(
                    name: row["name"], scope: scope,
                    period: quarter.flatMap { YearQuarter(year: year, quarter: $0) }.map { .quarter($0) }
                        ?? .year(year),
                    selection: specialty.map { .specialty($0) } ?? .allObjects, volume: row["volume"])
            }
        return StoredPlan(
            id: id, name: header["name"], createdAt: header["created_at"], createdBy: header["created_by"],
            versions: workflow, actions: actions, goals: goals)
    }

    private static func saveVersions(_ state: PlanWorkflowState, planID: Int64, db: Database) throws {
        let encoder = JSONEncoder.sorted
        for version in state.versions.versions {
            let volumes = String(decoding: try encoder.encode(version.plan), as: UTF8.self)
            let actions = String(decoding: try encoder.encode(state.actions[version.number] ?? []), as: UTF8.self)
            let history = String(
                decoding: try encoder.encode(
                    VersionHistoryRecord(agreements: version.agreements, history: version.history)),
                as: UTF8.self)
            try db.execute(
                sql: """
                    INSERT INTO plan_version (plan_id, number, parent_number, status, volumes, actions, history)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (plan_id, number) DO NOTHING
                    """,
                arguments: [planID, version.number, version.parent, version.status.rawValue, volumes, actions, history])
            guard db.changesCount == 0 else { continue }
            // Volumes and actions are written only when they changed, so that agreeing a version (which changes
            // neither) never touches the columns the immutability trigger guards. The status is set last: an
            // edit to a draft is stored before the row can become agreed.
            try db.execute(
                sql: "UPDATE plan_version SET volumes = ? WHERE plan_id = ? AND number = ? AND volumes IS NOT ?",
                arguments: [volumes, planID, version.number, volumes])
            try db.execute(
                sql: "UPDATE plan_version SET actions = ? WHERE plan_id = ? AND number = ? AND actions IS NOT ?",
                arguments: [actions, planID, version.number, actions])
            try db.execute(
                sql: "UPDATE plan_version SET status = ?, history = ? WHERE plan_id = ? AND number = ?",
                arguments: [version.status.rawValue, history, planID, version.number])
        }
    }
}

/// The Codable shape of a domain `PlanVersion`, split into the table's columns.
private struct PlanVersionRecord: Codable {
    var number: Int
    var parent: Int?
    var plan: ProductionPlan
    var status: PlanVersionStatus
    var agreements: [PlanEvent]
    var history: [PlanEvent]
}

/// The `history` column: agreements and the full event history of a version.
private struct VersionHistoryRecord: Codable {
    var agreements: [PlanEvent]
    var history: [PlanEvent]
}

/// The Codable shape of a domain `PlanVersions`.
private struct PlanVersionsRecord: Codable {
    var scope: String
    var versions: [PlanVersion]
}
