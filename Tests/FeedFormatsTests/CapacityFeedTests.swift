import FeedFormats
import PlanningDomain
import Testing

@Suite("Capacity feed")
struct CapacityFeedTests {
    @Test func plannedAndAbsenceAcceptDecimalCommaAndThousandsSpaces() throws {
        let result = try parse(
            """
            enhetskod;resurskod;vecka;planerad;frånvaro
            ORT-MOT;LAK;2025-W10;37,5;7,5
            ORT-MOT;LAK;2025-W11;1 234,5;
            ORT-OP;OPSAL;2025-W10;40.25;0

            """, as: .capacity)
        #expect(result.isValid)
        #expect(
            result.batch.capacity == [
                CapacityRecord(
                    unitCode: "ORT-MOT", resourceCode: "LAK", week: week(2025, 10), planned: 37.5, absence: 7.5),
                CapacityRecord(
                    unitCode: "ORT-MOT", resourceCode: "LAK", week: week(2025, 11), planned: 1234.5, absence: 0),
                CapacityRecord(
                    unitCode: "ORT-OP", resourceCode: "OPSAL", week: week(2025, 10), planned: 40.25, absence: 0),
            ])
    }

    @Test func capacityIsHeadcountTimesFTETimesHours() throws {
        let result = try parse(
            """
            enhetskod;resurskod;vecka;antal_personer;tjänstgöringsgrad;timmar_per_heltid;frånvaro
            ORT-MOT;LAK;2025-W10;3;0,8;40;10
            ORT-MOT;LAK;2025-W11;2;75 %;40;
            ORT-MOT;LAK;2025-W12;1;100;37,5;

            """, as: .capacity)
        #expect(result.isValid)
        let planned = result.batch.capacity.map(\.planned)
        #expect(planned.count == 3)
        #expect(abs(planned[0] - 96) < 1e-9)
        #expect(abs(planned[1] - 60) < 1e-9)
        #expect(abs(planned[2] - 37.5) < 1e-9)
        #expect(result.batch.capacity[0].absence == 10)
    }

    @Test func fteAbove100PercentIsRejected() throws {
        let result = try parse(
            "enhetskod;resurskod;vecka;antal_personer;tjänstgöringsgrad;timmar_per_heltid\n"
                + "ORT-MOT;LAK;2025-W10;1;150;40\n",
            as: .capacity)
        let issue = try #require(result.issues.first)
        #expect(issue.code == .invalidNumber)
        #expect(issue.column == "tjänstgöringsgrad")
    }

    @Test func absenceAbovePlannedIsInconsistent() throws {
        let result = try parse(
            "enhetskod;resurskod;vecka;planerad;frånvaro\nORT-MOT;LAK;2025-W10;40;40\nORT-MOT;LAK;2025-W11;40;40,5\n",
            as: .capacity)
        let issue = try #require(result.issues.first)
        #expect(result.issues.count == 1)
        #expect(issue.code == .inconsistentRow)
        #expect(issue.line == 3)
        #expect(issue.column == "frånvaro")
        #expect(issue.message.contains("40,5"))
    }

    @Test func unknownUnitAndUnknownResourceAreUnknownReferences() throws {
        let result = try parse(
            "enhetskod;resurskod;vecka;planerad\nSAKNAS;LAK;2025-W10;40\nORT-MOT;MR;2025-W10;40\n", as: .capacity)
        #expect(codes(result) == [.unknownReference, .unknownReference])
        #expect(result.issues.map(\.line) == [2, 3])
        #expect(result.issues.map(\.column) == ["enhetskod", "resurskod"])
        #expect(result.issues.map(\.value) == ["SAKNAS", "MR"])
    }

    @Test func negativePlannedCapacityIsRejected() throws {
        let result = try parse("enhetskod;resurskod;vecka;planerad\nORT-MOT;LAK;2025-W10;−4\n", as: .capacity)
        let issue = try #require(result.issues.first)
        #expect(issue.code == .negativeNumber)
        #expect(issue.column == "planerad")
    }

    @Test func withoutPlannedOrTheHeadcountColumnsTheFileIsRefused() throws {
        let result = try parse("enhetskod;resurskod;vecka;antal_personer\nORT-MOT;LAK;2025-W10;3\n", as: .capacity)
        #expect(codes(result) == [.missingColumn])
        #expect(result.issues.first?.line == 1)
    }

    @Test func duplicateUnitResourceAndWeekNamesTheEarlierLine() throws {
        let result = try parse(
            "enhetskod;resurskod;vecka;planerad\nORT-MOT;LAK;2025-W10;40\nORT-MOT;LAK;2025-W10;30\n", as: .capacity)
        let issue = try #require(result.issues.first)
        #expect(issue.code == .duplicateKey)
        #expect(issue.line == 3)
        #expect(issue.message.contains("rad 2"))
    }
}
