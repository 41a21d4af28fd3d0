import GRDB
import NodeStore
import PlanningDomain
import Testing

@Suite("Production plan storage")
struct PlanStoreTests {
    let tactical = PlanActor(userID: "anna", level: .tactical)
    let strategic = PlanActor(userID: "bo", level: .strategic)

    func draft() throws -> PlanVersions {
        var plan = ProductionPlan(scope: "ORT", startWeek: week(2026, 1), weekCount: 4)
        try plan.setVolumes(object: "ORT-NYB", values: [10, 12, 0, 8.5])
        return try PlanVersions(plan: plan, createdBy: tactical, at: "2026-01-05T08:00:00Z", comment: "från prognos")
    }

    func command(_ action: PlanCommand.Action, _ actor: PlanActor) -> PlanCommand {
        PlanCommand(action, by: actor, at: "2026-01-06T09:00:00Z", comment: "ok")
    }

    @Test func aPlanComesBackAsTheDomainStoredIt() throws {
        let store = try NodeStore.inMemory()
        let versions = try draft()
        let id = try store.createPlan(name: "Plan 2026", versions: versions, createdAt: "t", createdBy: "anna")
        let action = PlanActionRecord(
            type: "add-capacity", name: "Extra läkare", toUnit: "ORT-MOT", resource: "LAK", firstWeek: "2026-W01",
            lastWeek: "2026-W02", hours: 8)
        let edit = command(.edit(.setVolume(object: "ORT-NYB", week: week(2026, 3), value: 4)), tactical)
        try store.updatePlan(id: id) { state in
            _ = try state.versions.handle(edit, version: 1)
            state.actions[1] = [action]
        }
        let stored = try #require(try store.plan(id: id))
        var expected = versions
        _ = try expected.handle(edit, version: 1)
        #expect(stored.versions == expected)
        #expect(stored.actions[1] == [action])
        #expect(stored.name == "Plan 2026")
        #expect(stored.versions.version(1)?.plan.volume(of: "ORT-NYB", in: week(2026, 3)) == 4)
        try store.addPlanGoal(
            planID: id, goal: ProductionGoal(name: "Mål", scope: "ORT", period: .year(2026), volume: 1000))
        #expect(try store.plan(id: id)?.goals.map(\.volume) == [1000])
    }

    @Test func aRefusedCommandLeavesThePlanAsItWas() throws {
        let store = try NodeStore.inMemory()
        let id = try store.createPlan(name: "P", versions: try draft(), createdAt: "t", createdBy: "anna")
        let before = try #require(try store.plan(id: id)).versions
        #expect(throws: PlanWorkflowError.self) {
            try store.updatePlan(id: id) { state in
                state.actions[1] = [PlanActionRecord(type: "buy-care", name: "köp")]
                _ = try state.versions.handle(
                    PlanCommand(.agree, by: PlanActor(userID: "bo", level: .strategic), at: "2026-01-06T09:00:00Z"),
                    version: 1)
            }
        }
        let after = try #require(try store.plan(id: id))
        #expect(after.versions == before)
        #expect(after.actions[1] == [])
    }

    @Test func theDatabaseRefusesToChangeAnAgreedVersion() throws {
        let store = try NodeStore.inMemory()
        let id = try store.createPlan(name: "P", versions: try draft(), createdAt: "t", createdBy: "anna")
        // A draft may change, even behind the domain's back.
        try store.writer.write { db in
            try db.execute(
                sql: "UPDATE plan_version SET actions = '[]' WHERE plan_id = ? AND number = 1", arguments: [id])
        }
        try store.updatePlan(id: id) { state in
            _ = try state.versions.handle(command(.propose, tactical), version: 1)
            _ = try state.versions.handle(command(.agree, tactical), version: 1)
            _ = try state.versions.handle(command(.agree, strategic), version: 1)
        }
        #expect(try store.plan(id: id)?.versions.version(1)?.status == .agreed)
        #expect(throws: DatabaseError.self) {
            try store.writer.write { db in
                try db.execute(
                    sql: "UPDATE plan_version SET volumes = '{}' WHERE plan_id = ? AND number = 1", arguments: [id])
            }
        }
        #expect(throws: DatabaseError.self) {
            try store.writer.write { db in
                try db.execute(
                    sql: "UPDATE plan_version SET actions = '[{}]' WHERE plan_id = ? AND number = 1", arguments: [id])
            }
        }
        // A new version is a new row and starts as a draft; agreeing it supersedes version 1 without touching
        // version 1's volumes.
        try store.updatePlan(id: id) { state in
            _ = try state.versions.newVersion(from: 1, by: tactical, at: "2026-02-01T08:00:00Z", comment: "ny")
            _ = try state.versions.handle(
                command(.edit(.setVolume(object: "ORT-NYB", week: week(2026, 1), value: 1)), tactical), version: 2)
            _ = try state.versions.handle(command(.propose, tactical), version: 2)
            _ = try state.versions.handle(command(.agree, tactical), version: 2)
            _ = try state.versions.handle(command(.agree, strategic), version: 2)
        }
        let stored = try #require(try store.plan(id: id))
        #expect(stored.versions.versions.map(\.status) == [.superseded, .agreed])
        #expect(stored.versions.version(1)?.plan.volume(of: "ORT-NYB", in: week(2026, 1)) == 10)
        #expect(throws: DatabaseError.self) {
            try store.writer.write { db in
                try db.execute(sql: "UPDATE plan_version SET volumes = 'not json' WHERE number = 2")
            }
        }
    }
}
