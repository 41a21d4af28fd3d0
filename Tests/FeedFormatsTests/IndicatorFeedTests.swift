import FeedFormats
import PlanningDomain
import Testing

@Suite("Cancellations, occupied bed-days, completed waits and limiting resources")
struct IndicatorFeedTests {
    @Test func theNewFeedsAreFoundByTheirFileNames() {
        #expect(FeedKind(fileName: "strykningar_2025.csv") == .cancellations)
        #expect(FeedKind(fileName: "belagda_vårddagar.xlsx") == .occupiedBedDays)
        #expect(FeedKind(fileName: "Vårddagar 2025.csv") == .occupiedBedDays)
        #expect(FeedKind(fileName: "genomförda_åtgärder.csv") == .completedWaits)
        #expect(FeedKind(name: "genomförda") == .completedWaits)
        #expect(FeedKind.cancellations.activitySeries == .cancellations)
        #expect(FeedKind.completedWaits.activitySeries == nil)
        // Import order: master data first, the counts before the lists.
        #expect(FeedKind.planningObjects.applyOrder < FeedKind.cancellations.applyOrder)
        #expect(Set(FeedKind.allCases.map(\.applyOrder)).count == FeedKind.allCases.count)
    }

    @Test func cancellationsAndBedDaysReadLikeTheOtherCountFeeds() throws {
        let cancellations = try parse(
            "planeringsobjekt;vecka;antal\nORT-HOFT;2025-W03;2\nORT-NYB;2025-W03;0\n", as: .cancellations)
        #expect(cancellations.isValid)
        #expect(
            cancellations.batch.cancellations == [
                WeeklyCount(planningObjectCode: "ORT-HOFT", week: week(2025, 3), count: 2),
                WeeklyCount(planningObjectCode: "ORT-NYB", week: week(2025, 3), count: 0),
            ])
        #expect(cancellations.batch.production.isEmpty && cancellations.batch.inflow.isEmpty)
        // One row per occupied day, summed per ISO week.
        let bedDays = try parse(
            "planeringsobjekt;datum\nORT-HOFT;2025-01-13\nORT-HOFT;2025-01-14\nORT-HOFT;2025-01-20\n",
            as: .occupiedBedDays)
        #expect(
            Set(bedDays.batch.occupiedBedDays) == [
                WeeklyCount(planningObjectCode: "ORT-HOFT", week: week(2025, 3), count: 2),
                WeeklyCount(planningObjectCode: "ORT-HOFT", week: week(2025, 4), count: 1),
            ])
    }

    @Test func completedWaitsCarryTheirDates() throws {
        let result = try parse(
            """
            planeringsobjekt;väntar_sedan;utförd
            ORT-HOFT;2024-10-01;2025-01-14
            ORT-HOFT;2025-01-14;2025-01-14

            """, as: .completedWaits)
        #expect(result.isValid)
        #expect(
            result.batch.completedWaits == [
                CompletedWait(
                    planningObjectCode: "ORT-HOFT", waitingSince: date("2024-10-01"), performedOn: date("2025-01-14")),
                CompletedWait(
                    planningObjectCode: "ORT-HOFT", waitingSince: date("2025-01-14"), performedOn: date("2025-01-14")),
            ])
        #expect(result.batch.completedWaits[0].daysWaited == 105)
    }

    @Test func aWaitPerformedBeforeItStartedNamesTheLineTheFieldAndTheFix() throws {
        let result = try parse(
            """
            planeringsobjekt;väntar_sedan;utförd
            ORT-HOFT;2024-10-01;2025-01-14
            ORT-HOFT;2025-02-01;2025-01-14
            OKÄND;2025-01-01;2025-01-14

            """, as: .completedWaits)
        #expect(!result.isValid && result.batch.completedWaits.isEmpty)
        let early = try #require(result.issues.first { $0.code == .inconsistentRow })
        #expect(early.line == 3 && early.column == "utförd" && early.value == "2025-01-14")
        #expect(early.message.contains("2025-02-01") && early.message.contains("samma dag eller senare"))
        let unknown = try #require(result.issues.first { $0.code == .unknownReference })
        #expect(unknown.line == 4 && unknown.column == "planeringsobjekt")
    }

    @Test func aMissingDateColumnIsNamed() throws {
        let result = try parse("planeringsobjekt;väntar_sedan\nORT-HOFT;2024-10-01\n", as: .completedWaits)
        let issue = try #require(result.issues.first)
        #expect(issue.code == .missingColumn)
        #expect(issue.message.contains("utförd"))
    }

    @Test func resourcesMayBeMarkedLimiting() throws {
        let result = try parse(
            """
            resurskod;namn;typ;måttenhet;begränsande
            LAK;Läkare;personal;timmar;ja
            SSK;Sjuksköterska;personal;timmar;
            OPSAL;Operationssal;rum;timmar;X

            """, as: .resources)
        #expect(result.isValid)
        #expect(result.batch.resources.map(\.isLimiting) == [true, false, true])
        let bad = try parse(
            "resurskod;namn;typ;måttenhet;begränsande\nLAK;Läkare;personal;timmar;kanske\n", as: .resources)
        let issue = try #require(bad.issues.first)
        #expect(issue.line == 2 && issue.column == "begränsande" && issue.message.contains("ja eller nej"))
        // Without the column nothing is limiting.
        let plain = try parse("resurskod;namn;typ;måttenhet\nLAK;Läkare;personal;timmar\n", as: .resources)
        #expect(plain.batch.resources.map(\.isLimiting) == [false])
    }
}
