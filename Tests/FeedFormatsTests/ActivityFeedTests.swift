import FeedFormats
import PlanningDomain
import Testing

@Suite("Inflow and production feeds")
struct ActivityFeedTests {
    @Test func weeklyCountsBecomeInflowRecords() throws {
        let result = try parse(
            """
            planeringsobjekt;vecka;antal
            ORT-NYB;2025-W01;12
            ORT-NYB;2025-W02;0
            ORT-HOFT;2025 v 3;4

            """, as: .inflow)
        #expect(result.isValid)
        #expect(result.rowCount == 3)
        #expect(
            result.batch.inflow == [
                WeeklyCount(planningObjectCode: "ORT-NYB", week: week(2025, 1), count: 12),
                WeeklyCount(planningObjectCode: "ORT-NYB", week: week(2025, 2), count: 0),
                WeeklyCount(planningObjectCode: "ORT-HOFT", week: week(2025, 3), count: 4),
            ])
        #expect(result.batch.production.isEmpty)
    }

    @Test func productionFileFillsProductionNotInflow() throws {
        let result = try parse("planeringsobjekt,week,count\nORT-NYB,2025-W10,7\n", as: .production)
        #expect(result.batch.production == [WeeklyCount(planningObjectCode: "ORT-NYB", week: week(2025, 10), count: 7)])
        #expect(result.batch.inflow.isEmpty)
    }

    @Test func eventRowsAreSummedPerISOWeekAcrossNewYear() throws {
        // 2024-12-30 (Monday) and 2025-01-01 are both in 2025-W01; 2024-12-29 (Sunday) is in 2024-W52.
        let result = try parse(
            """
            planeringsobjekt;remissdatum
            ORT-NYB;2024-12-30
            ORT-NYB;2025-01-01
            ORT-NYB;2024-12-29
            ORT-HOFT;2025-01-05 00:00:00

            """, as: .inflow)
        #expect(result.isValid)
        #expect(result.rowCount == 4)
        #expect(
            Set(result.batch.inflow) == [
                WeeklyCount(planningObjectCode: "ORT-NYB", week: week(2025, 1), count: 2),
                WeeklyCount(planningObjectCode: "ORT-NYB", week: week(2024, 52), count: 1),
                WeeklyCount(planningObjectCode: "ORT-HOFT", week: week(2025, 1), count: 1),
            ])
    }

    @Test func eventRowsWithACountAddTheirCounts() throws {
        let result = try parse(
            "planeringsobjekt;datum;antal\nORT-NYB;2025-03-03;2\nORT-NYB;2025-03-09;\nORT-NYB;2025-03-05;5\n",
            as: .production)
        #expect(result.batch.production == [WeeklyCount(planningObjectCode: "ORT-NYB", week: week(2025, 10), count: 8)])
    }

    @Test func countsAcceptSpreadsheetSpellingsOfWholeNumbers() throws {
        let result = try parse(
            "planeringsobjekt;vecka;antal\nORT-NYB;2025-W01;1 234\nORT-NYB;2025-W02;12,0\nORT-NYB;2025-W03; 5 \n",
            as: .inflow)
        #expect(result.batch.inflow.map(\.count) == [1234, 12, 5])
    }

    @Test func week54IsRejectedNamingTheYearsWeekCount() throws {
        let result = try parse("planeringsobjekt;vecka;antal\nORT-NYB;2025-W01;3\nORT-NYB;2025-W54;3\n", as: .inflow)
        let issue = try #require(result.issues.first)
        #expect(result.issues.count == 1)
        #expect(issue.code == .invalidWeek)
        #expect(issue.line == 3)
        #expect(issue.column == "vecka")
        #expect(issue.value == "2025-W54")
        #expect(issue.message.contains("52"))
        #expect(result.batch.inflow.isEmpty)
    }

    @Test func week53IsAcceptedInA53WeekYear() throws {
        let result = try parse("planeringsobjekt;vecka;antal\nORT-NYB;2026-W53;3\n", as: .inflow)
        #expect(result.isValid)
        #expect(result.batch.inflow.first?.week == week(2026, 53))
    }

    @Test func malformedWeekIsAnInvalidWeek() throws {
        let result = try parse("planeringsobjekt;vecka;antal\nORT-NYB;vecka 7;3\n", as: .inflow)
        #expect(codes(result) == [.invalidWeek])
        #expect(result.issues.first?.line == 2)
    }

    @Test func negativeCountIsRejected() throws {
        let result = try parse("planeringsobjekt;vecka;antal\nORT-NYB;2025-W01;-2\n", as: .inflow)
        let issue = try #require(result.issues.first)
        #expect(issue.code == .negativeNumber)
        #expect(issue.line == 2)
        #expect(issue.column == "antal")
        #expect(issue.value == "-2")
    }

    @Test func fractionalCountIsNotAWholeNumber() throws {
        let result = try parse("planeringsobjekt;vecka;antal\nORT-NYB;2025-W01;2,5\n", as: .inflow)
        #expect(codes(result) == [.invalidNumber])
        #expect(result.issues.first?.column == "antal")
    }

    @Test func unknownPlanningObjectIsAnUnknownReference() throws {
        let result = try parse("planeringsobjekt;vecka;antal\nORT-NYB;2025-W01;1\nKIR-XYZ;2025-W01;1\n", as: .inflow)
        let issue = try #require(result.issues.first)
        #expect(issue.code == .unknownReference)
        #expect(issue.line == 3)
        #expect(issue.column == "planeringsobjekt")
        #expect(issue.value == "KIR-XYZ")
    }

    @Test func duplicateObjectAndWeekNamesTheEarlierLine() throws {
        let result = try parse(
            "planeringsobjekt;vecka;antal\nORT-NYB;2025-W01;1\nORT-HOFT;2025-W01;1\nORT-NYB;2025-W1;2\n", as: .inflow)
        let issue = try #require(result.issues.first)
        #expect(result.issues.count == 1)
        #expect(issue.code == .duplicateKey)
        #expect(issue.line == 4)
        #expect(issue.column == "vecka")
        #expect(issue.message.contains("rad 2"))
    }

    @Test func missingCountColumnIsAMissingColumn() throws {
        let result = try parse("planeringsobjekt;vecka\nORT-NYB;2025-W01\n", as: .inflow)
        let issue = try #require(result.issues.first)
        #expect(issue.code == .missingColumn)
        #expect(issue.line == 1)
        #expect(result.batch.inflow.isEmpty)
    }

    @Test func missingPlanningObjectColumnNamesWhatIsMissing() throws {
        let result = try parse("objekt_id;vecka;antal\nORT-NYB;2025-W01;3\n", as: .inflow)
        let issue = try #require(result.issues.first)
        #expect(issue.code == .missingColumn)
        #expect(issue.line == 1)
        #expect(issue.message.contains("planeringsobjekt"))
        #expect(issue.message.contains("objekt_id"))
    }

    @Test func singleColumnHeaderHintsAtTheWrongDelimiter() throws {
        let result = try parse("planeringsobjekt|vecka|antal\nORT-NYB|2025-W01|3\n", as: .inflow)
        let issue = try #require(result.issues.first)
        #expect(result.issues.count == 1)
        #expect(issue.code == .wrongDelimiter)
        #expect(issue.line == 1)
        #expect(issue.message.contains("avgränsare"))
    }

    @Test func weekAndDateTogetherAreAmbiguous() throws {
        let result = try parse("planeringsobjekt;vecka;antal;datum\nORT-NYB;2025-W01;3;2025-01-01\n", as: .inflow)
        #expect(codes(result) == [.ambiguousColumns])
    }

    @Test func duplicateColumnIsReported() throws {
        let result = try parse("planeringsobjekt;vecka;antal;count\nORT-NYB;2025-W01;3;3\n", as: .inflow)
        let issue = try #require(result.issues.first)
        #expect(issue.code == .duplicateColumn)
        #expect(issue.column == "count")
    }

    @Test func unusedColumnsAreListedNotRejected() throws {
        let result = try parse("planeringsobjekt;vecka;antal;kommentar\nORT-NYB;2025-W01;3;ok\n", as: .inflow)
        #expect(result.isValid)
        #expect(result.ignoredColumns == ["kommentar"])
    }

    @Test func invalidEventDateIsLocated() throws {
        let result = try parse("planeringsobjekt;datum\nORT-NYB;2025-02-30\n", as: .inflow)
        let issue = try #require(result.issues.first)
        #expect(issue.code == .invalidDate)
        #expect(issue.line == 2)
        #expect(issue.column == "datum")
    }
}
