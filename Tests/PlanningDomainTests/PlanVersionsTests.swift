import PlanningDomain
import Testing

@Suite struct PlanVersionsTests {
    typealias F = PlanFixtures

    static func agree(_ versions: inout PlanVersions, _ number: Int, at time: String = F.time) throws -> [PlanEffect] {
        _ = try versions.handle(F.command(.propose, F.tactical, at: time), version: number)
        _ = try versions.handle(F.command(.agree, F.tactical, at: time), version: number)
        return try versions.handle(
            F.command(.agree, F.strategic, comment: "Beslut i ledningsgruppen", at: time),
            version: number)
    }

    @Test func agreeingANewerVersionSupersedesThePreviousOneKeepingWhoWhenWhy() throws {
        var versions = try PlanVersions(plan: F.plan(), createdBy: F.tactical, at: F.time)
        _ = try Self.agree(&versions, 1)
        #expect(versions.current?.number == 1)
        let (number, created) = try versions.newVersion(from: 1, by: F.tactical2, at: F.time, comment: "Sommarprofil")
        #expect(number == 2 && created == [.versionCreated(version: 2, parent: 1)])
        #expect(versions.version(2)?.parent == 1 && versions.version(2)?.plan == versions.version(1)?.plan)
        _ = try versions.handle(
            F.command(.edit(.setVolume(object: "ORT-OP", week: week(2025, 30), value: 0)), F.tactical2), version: 2)
        #expect(versions.current?.number == 1, "a draft does not replace the agreed version")
        let effects = try Self.agree(&versions, 2, at: "2025-04-01T08:00:00Z")
        #expect(effects.contains(.versionAgreed(version: 2)))
        #expect(effects.contains(.versionSuperseded(version: 1, byVersion: 2)))
        #expect(versions.current?.number == 2)
        #expect(versions.version(1)?.status == .superseded)
        let event = try #require(versions.version(1)?.history.last)
        #expect(event.kind == .superseded(byVersion: 2))
        #expect(event.actor == F.strategic && event.timestamp == "2025-04-01T08:00:00Z")
        #expect(event.comment == "Beslut i ledningsgruppen")
        #expect(versions.versions.count { $0.status == .agreed } == 1)
        #expect(versions.version(1)?.plan.volume(of: "ORT-OP", in: week(2025, 30)) != 0, "the old plan is kept")
    }

    @Test func anAgreedVersionStaysUnchangedAndAChangeNeedsANewVersion() throws {
        var versions = try PlanVersions(plan: F.plan(), createdBy: F.tactical, at: F.time)
        _ = try Self.agree(&versions, 1)
        let edit = F.command(.edit(.reshape(object: "ORT-OP", profile: Array(repeating: 1, count: 52))), F.tactical)
        #expect(throws: PlanWorkflowError.agreedIsImmutable(version: 1)) { try versions.handle(edit, version: 1) }
        let (number, _) = try versions.newVersion(from: 1, by: F.tactical, at: F.time)
        _ = try versions.handle(edit, version: number)
        #expect(versions.version(number)?.plan != versions.version(1)?.plan)
        #expect(versions.version(number)?.plan.total(of: "ORT-OP") == versions.version(1)?.plan.total(of: "ORT-OP"))
    }

    @Test func anOlderVersionCannotBeAgreedAfterANewerOne() throws {
        var versions = try PlanVersions(plan: F.plan(), createdBy: F.tactical, at: F.time)
        _ = try versions.newVersion(from: 1, by: F.tactical, at: F.time)
        _ = try Self.agree(&versions, 2)
        #expect(throws: PlanWorkflowError.olderThanCurrent(version: 1, current: 2)) {
            try versions.handle(F.command(.propose, F.tactical), version: 1)
        }
    }

    @Test func supersedingOnRequestAndUnknownVersionsAreRefused() throws {
        var versions = try PlanVersions(plan: F.plan(), createdBy: F.tactical, at: F.time)
        _ = try Self.agree(&versions, 1)
        #expect(throws: PlanWorkflowError.supersedeIsAutomatic(version: 1)) {
            try versions.handle(F.command(.supersede(byVersion: 2), F.strategic), version: 1)
        }
        #expect(throws: PlanWorkflowError.unknownVersion(7)) {
            try versions.handle(F.command(.agree, F.strategic), version: 7)
        }
        #expect(throws: PlanWorkflowError.unknownVersion(7)) {
            try versions.newVersion(from: 7, by: F.tactical, at: F.time)
        }
        #expect(versions.current?.number == 1)
    }
}
