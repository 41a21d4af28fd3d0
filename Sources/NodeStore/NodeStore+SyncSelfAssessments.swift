import Foundation
import GRDB
public import PlanningDomain
public import SyncEngine
public import WireProtocol

extension NodeStore {
    /// The `self-assessments` items a unit's saved response implies (spec §4.10): one per answered statement,
    /// checklist question and reflection, plus a withdrawal (no answer) for each question the unit answered in an
    /// earlier export but not any more. Only items whose content differs from the last export are returned.
    ///
    /// - Parameters:
    ///   - previous: the last export of each of the unit's keys (nil answer: already withdrawn).
    ///   - lastExported: content hash last exported per key.
    public static func selfAssessmentWrites(
        _ response: SelfAssessmentResponse, region: String, previous: [NaturalKey: WireProtocol.SelfAssessmentAnswer],
        lastExported: [NaturalKey: String]
    ) -> [OutboxWrite] {
        let unit = response.organisationCode
        let day = response.answeredOn.description
        func answer(_ question: String, _ text: String?) -> WireProtocol.SelfAssessmentAnswer {
            WireProtocol.SelfAssessmentAnswer(
                regionCode: region, organisationCode: unit, questionnaire: response.version, questionID: question,
                answeredOn: day, answer: text)
        }
        var answers = response.statementAnswers.map { answer($0.key, $0.value.rawValue) }
        answers += response.checklistAnswers.map { answer("checklist-\($0.key)", $0.value.rawValue) }
        answers += response.reflections.map { answer("reflection-\($0.key)", $0.value) }
        let current = Set(answers.map(\.naturalKey))
        for (key, earlier) in previous where earlier.answer != nil && !current.contains(key) {
            // Withdrawn: the hub must forget the answer too, or its copy of the unit would keep it forever.
            var withdrawn = earlier
            withdrawn.answer = nil
            withdrawn.comment = nil
            withdrawn.answeredOn = day
            answers.append(withdrawn)
        }
        return answers.sorted { $0.naturalKey < $1.naturalKey }.compactMap { item in
            guard let payload = try? CanonicalJSON.jsonValue(item) else { return nil }
            let write = OutboxWrite(stream: .selfAssessments, key: item.naturalKey, payload: payload)
            return lastExported[write.key] == write.contentHash ? nil : write
        }
    }

    /// Writes `unit`'s current self-assessment to the `self-assessments` outbox inside the caller's transaction;
    /// refuses (throws, so the caller's save rolls back) when a text holds a personnummer. `exports` is the
    /// stream's last export (read once per transaction by ``SelfAssessmentExports/read(_:)`` when nil).
    ///
    /// - Returns: the number of entries written.
    @discardableResult
    static func exportSelfAssessment(
        unit: String, region: String, at now: Date, db: Database, exports: SelfAssessmentExports? = nil
    ) throws -> Int {
        guard let stored = try selfAssessments(db, unit: unit).first else { return 0 }
        let exports = try exports ?? SelfAssessmentExports.read(db)
        let writes = selfAssessmentWrites(
            stored.response, region: region, previous: exports.previous[unit] ?? [:], lastExported: exports.hashes)
        try scanForIdentifiers(writes, what: "Självskattningen för \(unit)")
        try enqueue(writes, stream: .selfAssessments, at: now, db: db)
        return writes.count
    }
}

/// The `self-assessments` stream's last export, read once: content hashes by key and the answers by unit.
struct SelfAssessmentExports {
    var hashes: [NaturalKey: String] = [:]
    var previous: [String: [NaturalKey: WireProtocol.SelfAssessmentAnswer]] = [:]

    static func read(_ db: Database) throws -> SelfAssessmentExports {
        var exports = SelfAssessmentExports()
        for row in try Row.fetchAll(
            db, sql: "SELECT item_key, content_hash, payload FROM sync_export WHERE stream = ?",
            arguments: [SyncStream.selfAssessments.rawValue])
        {
            guard let key = NaturalKey(rawValue: row["item_key"]) else { continue }
            exports.hashes[key] = row["content_hash"]
            if let answer = try? CanonicalJSON.decode(
                WireProtocol.SelfAssessmentAnswer.self, from: Array((row["payload"] as String).utf8))
            {
                exports.previous[answer.organisationCode, default: [:]][key] = answer
            }
        }
        return exports
    }
}
