public import Foundation
import GRDB
public import PlanningDomain

extension NodeStore {
    /// Appends deviation events in one transaction, after `check` (which replays the log so far and applies the new
    /// events to the domain's register) accepts them: a refused event leaves the log unchanged.
    public func appendDeviationEvents<T: Sendable>(
        actor: String, at now: Date,
        _ check: @Sendable ([DeviationEvent]) throws -> (accepted: [DeviationEvent], result: T)
    ) throws -> T {
        try writer.write { db in
            let existing = try Self.deviationEvents(db)
            let (accepted, result) = try check(existing)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            for event in accepted {
                try db.execute(
                    sql: "INSERT INTO deviation_event (at, actor, payload) VALUES (?, ?, ?)",
                    arguments: [now, actor, String(decoding: try encoder.encode(event), as: UTF8.self)])
            }
            return result
        }
    }

    /// Every deviation event, oldest first.
    public func deviationEvents() throws -> [DeviationEvent] {
        try writer.read { db in try Self.deviationEvents(db) }
    }

    private static func deviationEvents(_ db: Database) throws -> [DeviationEvent] {
        let decoder = JSONDecoder()
        return try String.fetchAll(db, sql: "SELECT payload FROM deviation_event ORDER BY id").map {
            try decoder.decode(DeviationEvent.self, from: Data($0.utf8))
        }
    }

    /// Every plan's id, name and scope, newest first.
    public func planList() throws -> [(id: Int64, name: String, scope: String)] {
        try writer.read { db in
            try Row.fetchAll(db, sql: "SELECT id, name, scope_unit FROM plan ORDER BY id DESC").map {
                (id: $0["id"], name: $0["name"], scope: $0["scope_unit"])
            }
        }
    }

    /// Weekly counts of one series (e.g. production) for every object, from `first` on.
    public func weeklyCounts(_ series: ActivitySeries, from first: ISOWeek) throws -> [WeeklyCount] {
        try writer.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT o.code, a.week, a.count FROM weekly_activity a
                    JOIN planning_object o ON o.id = a.planning_object_id
                    WHERE a.series = ? AND a.week >= ? ORDER BY o.code, a.week
                    """, arguments: [series.rawValue, first.key]
            ).compactMap { row in
                guard let week = ISOWeek(key: row["week"]) else { return nil }
                return WeeklyCount(planningObjectCode: row["code"], week: week, count: row["count"])
            }
        }
    }

    /// Saves self-assessment answers for a unit (replacing earlier answers to the same statements).
    public func saveSelfAssessmentAnswers(unitCode: String, answers: [String: String], by user: String, at now: Date)
        throws
    {
        try writer.write { db in
            for (statement, answer) in answers {
                try db.execute(
                    sql: """
                        INSERT INTO self_assessment_answer (unit_code, statement_id, answer, updated_at, updated_by)
                        VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (unit_code, statement_id) DO UPDATE SET answer = excluded.answer,
                            updated_at = excluded.updated_at, updated_by = excluded.updated_by
                        """, arguments: [unitCode, statement, answer, now, user])
            }
        }
    }

    /// A unit's self-assessment answers by statement id.
    public func selfAssessmentAnswers(unitCode: String) throws -> [String: String] {
        try writer.read { db in
            let rows = try Row.fetchAll(
                db, sql: "SELECT statement_id, answer FROM self_assessment_answer WHERE unit_code = ?",
                arguments: [unitCode])
            return Dictionary(uniqueKeysWithValues: rows.map { ($0["statement_id"], $0["answer"]) })
        }
    }

    /// Units that have answered the self-assessment.
    public func selfAssessmentUnits() throws -> [String] {
        try writer.read { db in
            try String.fetchAll(db, sql: "SELECT DISTINCT unit_code FROM self_assessment_answer ORDER BY unit_code")
        }
    }
}
