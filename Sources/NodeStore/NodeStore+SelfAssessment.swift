public import Foundation
import GRDB
public import PlanningDomain

extension NodeStore {
    /// Replaces a unit's whole self-assessment (statement answers, checklist answers, reflections, version and
    /// date) in one transaction: what the response leaves out is unanswered afterwards.
    ///
    /// The caller validates the response against the questionnaire first; the schema still refuses unknown
    /// checklist answers and units that do not exist.
    ///
    /// Once the node knows its region (``bindRegion(_:at:)``), the same transaction writes the changed answers to
    /// the `self-assessments` outbox (spec §4.3, §4.10); a reflection holding a personnummer refuses the whole save
    /// (``NetworkWriteError``).
    public func replaceSelfAssessment(_ response: SelfAssessmentResponse, by user: String, at now: Date) throws {
        let unit = response.organisationCode
        try writer.write { db in
            for table in ["self_assessment_answer", "self_assessment_checklist_answer", "self_assessment_reflection"] {
                try db.execute(sql: "DELETE FROM \(table) WHERE unit_code = ?", arguments: [unit])
            }
            try db.execute(
                sql: """
                    INSERT INTO self_assessment_response (unit_code, version, answered_on, updated_at, updated_by)
                    VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (unit_code) DO UPDATE SET version = excluded.version,
                        answered_on = excluded.answered_on, updated_at = excluded.updated_at,
                        updated_by = excluded.updated_by
                    """, arguments: [unit, response.version, response.answeredOn.description, now, user])
            for (statement, answer) in response.statementAnswers.sorted(by: { $0.key < $1.key }) {
                try db.execute(
                    sql: """
                        INSERT INTO self_assessment_answer (unit_code, statement_id, answer, updated_at, updated_by)
                        VALUES (?, ?, ?, ?, ?)
                        """, arguments: [unit, statement, answer.rawValue, now, user])
            }
            for (number, answer) in response.checklistAnswers.sorted(by: { $0.key < $1.key }) {
                try db.execute(
                    sql: """
                        INSERT INTO self_assessment_checklist_answer (unit_code, question_number, answer)
                        VALUES (?, ?, ?)
                        """, arguments: [unit, number, answer.rawValue])
            }
            for (area, text) in response.reflections.sorted(by: { $0.key < $1.key }) {
                try db.execute(
                    sql: "INSERT INTO self_assessment_reflection (unit_code, area, text) VALUES (?, ?, ?)",
                    arguments: [unit, area, text])
            }
            if let region = try Self.boundRegion(db) {
                try Self.exportSelfAssessment(unit: unit, region: region, at: now, db: db)
            }
        }
    }

    /// A unit's saved self-assessment, or nil when nothing has been saved for it.
    public func selfAssessment(unitCode: String) throws -> StoredSelfAssessment? {
        try writer.read { db in try Self.selfAssessments(db, unit: unitCode).first }
    }

    /// Every unit's saved self-assessment, by unit code.
    public func selfAssessments() throws -> [StoredSelfAssessment] {
        try writer.read { db in try Self.selfAssessments(db, unit: nil) }
    }

    static func selfAssessments(_ db: Database, unit: String?) throws -> [StoredSelfAssessment] {
        let filter = unit == nil ? "" : " WHERE unit_code = ?"
        let arguments: StatementArguments = unit.map { [$0] } ?? []
        var results: [String: StoredSelfAssessment] = [:]
        for row in try Row.fetchAll(
            db,
            sql: "SELECT unit_code, version, answered_on, updated_at, updated_by FROM self_assessment_response"
                + filter, arguments: arguments)
        {
            let code: String = row["unit_code"]
            let answeredOn = CivilDate.parse(row["answered_on"] as String) ?? CivilDate(daysSinceEpoch: 0)
            results[code] = StoredSelfAssessment(
                response: SelfAssessmentResponse(
                    organisationCode: code, answeredOn: answeredOn, version: row["version"]),
                updatedAt: row["updated_at"], updatedBy: row["updated_by"])
        }
        for row in try Row.fetchAll(
            db,
            sql: "SELECT unit_code, statement_id, answer, updated_at, updated_by FROM self_assessment_answer"
                + filter, arguments: arguments)
        {
            let code: String = row["unit_code"]
            let updatedAt: Date = row["updated_at"]
            if results[code] == nil {
                // Answers saved through saveSelfAssessmentAnswers have no response row: date them by their save.
                let day = CivilDate.parse(String(updatedAt.description.prefix(10))) ?? CivilDate(daysSinceEpoch: 0)
                results[code] = StoredSelfAssessment(
                    response: SelfAssessmentResponse(organisationCode: code, answeredOn: day),
                    updatedAt: updatedAt, updatedBy: row["updated_by"])
            }
            // An answer outside today's scale (written raw by an older caller) reads as unanswered.
            if let answer = SelfAssessmentAnswer(rawValue: row["answer"]) {
                results[code]?.response.statementAnswers[row["statement_id"]] = answer
            }
        }
        for row in try Row.fetchAll(
            db, sql: "SELECT unit_code, question_number, answer FROM self_assessment_checklist_answer" + filter,
            arguments: arguments)
        {
            if let answer = ChecklistAnswer(rawValue: row["answer"]) {
                results[row["unit_code"]]?.response.checklistAnswers[row["question_number"]] = answer
            }
        }
        for row in try Row.fetchAll(
            db, sql: "SELECT unit_code, area, text FROM self_assessment_reflection" + filter, arguments: arguments)
        {
            results[row["unit_code"]]?.response.reflections[row["area"]] = row["text"]
        }
        return results.values.sorted { $0.response.organisationCode < $1.response.organisationCode }
    }
}
