import FeedFormats
import PlanningDomain
import Testing

@Suite("Waiting-list feed")
struct WaitingListFeedTests {
    @Test func entriesAreGroupedIntoSnapshotsByExtractionDate() throws {
        let result = try parse(
            """
            uttagsdatum;planeringsobjekt;väntar_sedan;medicinskt_måldatum;prioritet
            2025-03-31;ORT-HOFT;2024-11-02;2025-02-01;P3
            2025-06-30;ORT-HOFT;2025-01-15;;
            2025-03-31;ORT-NYB;2025-03-31;;P2

            """, as: .waitingList)
        #expect(result.isValid)
        #expect(result.batch.waitingSnapshots.map(\.date) == [date("2025-03-31"), date("2025-06-30")])
        #expect(
            result.batch.waitingSnapshots[0].entries == [
                WaitingEntry(
                    planningObjectCode: "ORT-HOFT", waitingSince: date("2024-11-02"),
                    medicalTargetDate: date("2025-02-01"),
                    priority: "P3"),
                WaitingEntry(
                    planningObjectCode: "ORT-NYB", waitingSince: date("2025-03-31"), medicalTargetDate: nil,
                    priority: "P2"),
            ])
        #expect(
            result.batch.waitingSnapshots[1].entries == [
                WaitingEntry(
                    planningObjectCode: "ORT-HOFT", waitingSince: date("2025-01-15"), medicalTargetDate: nil,
                    priority: nil)
            ])
    }

    @Test func snapshotDateMayComeFromTheCommandLine() throws {
        let result = try parse(
            "planeringsobjekt;väntar_sedan\nORT-NYB;2025-01-02\n", as: .waitingList, snapshotDate: date("2025-02-01"))
        #expect(result.batch.waitingSnapshots.map(\.date) == [date("2025-02-01")])
        #expect(result.batch.waitingSnapshots.first?.entries.count == 1)
    }

    @Test func withoutAnySnapshotDateTheFileIsRefused() throws {
        let result = try parse("planeringsobjekt;väntar_sedan\nORT-NYB;2025-01-02\n", as: .waitingList)
        let issue = try #require(result.issues.first)
        #expect(issue.code == .missingColumn)
        #expect(issue.message.contains("uttagsdatum"))
    }

    @Test func waitingThatStartsAfterTheSnapshotIsInconsistent() throws {
        let result = try parse(
            "uttagsdatum;planeringsobjekt;väntar_sedan\n2025-03-31;ORT-NYB;2025-03-31\n2025-03-31;ORT-NYB;2025-04-01\n",
            as: .waitingList)
        let issue = try #require(result.issues.first)
        #expect(result.issues.count == 1)
        #expect(issue.code == .inconsistentRow)
        #expect(issue.line == 3)
        #expect(issue.column == "väntar_sedan")
        #expect(issue.value == "2025-04-01")
        #expect(issue.message.contains("2025-03-31"))
    }

    @Test func targetDateBeforeWaitingStartIsInconsistent() throws {
        let result = try parse(
            "uttagsdatum;planeringsobjekt;väntar_sedan;måldatum\n2025-03-31;ORT-NYB;2025-02-10;2025-02-09\n",
            as: .waitingList)
        let issue = try #require(result.issues.first)
        #expect(issue.code == .inconsistentRow)
        #expect(issue.line == 2)
        #expect(issue.column == "måldatum")
        #expect(issue.value == "2025-02-09")
    }

    @Test func unknownPlanningObjectAndBadDateAreLocated() throws {
        let result = try parse(
            "uttagsdatum;planeringsobjekt;väntar_sedan\n2025-03-31;SAKNAS;2025-01-01\n2025-03-31;ORT-NYB;1 mars\n",
            as: .waitingList)
        #expect(codes(result) == [.unknownReference, .invalidDate])
        #expect(result.issues.map(\.line) == [2, 3])
        #expect(result.issues.map(\.column) == ["planeringsobjekt", "väntar_sedan"])
        #expect(result.batch.waitingSnapshots.isEmpty)
    }
}
