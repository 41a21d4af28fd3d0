import FeedFormats
import PlanningDomain
import RegionNode
import Testing

@Suite("Acute dimensioning from arrival files")
struct AcuteArrivalsTests {
    @Test func hourlyRowsGiveTheSlotPercentileAndMissingHoursCountAsZero() throws {
        // Ten Mondays (2025-01-06 onwards, every 7 days): at 08 the arrivals are 1…10; no other rows at all.
        var csv = "datum;timme;ankomster\n"
        for week in 0..<10 {
            let date = CivilDate(year: 2025, month: 1, day: 6)!.adding(days: 7 * week)
            csv += "\(date);8;\(week + 1)\n"
        }
        let arrivals = try AcuteArrivals(csv: Array(csv.utf8), name: "ankomster.csv")
        // 64 days from the first to the last Monday, 24 hours each, zeros filled in.
        #expect(arrivals.hours.count == 64 * 24)
        let result = arrivals.dimension(percentile: 0.85)
        #expect(abs(result.capacity[.monday]![8]! - 8.65) < 1e-9)
        #expect(result.capacity[.tuesday]![8]! == 0)
        #expect(result.hoursOver == 2)  // 9 and 10 arrivals exceed 8.65
        #expect(result.daysWithHoursOver == 2)
        #expect(result.text.contains("85:e percentilen"))
        #expect(result.text.contains("Timmar över kapaciteten: 2 av 1536"))
    }

    @Test func oneRowPerArrivalIsCountedPerHour() throws {
        let csv = "tidpunkt\n2025-03-03 08:05\n2025-03-03 08:40\n2025-03-03 09:10\n"
        let arrivals = try AcuteArrivals(csv: Array(csv.utf8), name: "ankomster.csv")
        #expect(arrivals.hours.count == 24)
        #expect(arrivals.hours[8].arrivals == 2)
        #expect(arrivals.hours[9].arrivals == 1)
    }

    @Test func aBadHourIsReportedWithItsLine() {
        let csv = "datum;timme;ankomster\n2025-03-03;8;2\n2025-03-03;24;1\n"
        #expect {
            try AcuteArrivals(csv: Array(csv.utf8), name: "ankomster.csv")
        } throws: { error in
            guard let issue = error as? FeedIssue else { return false }
            return issue.line == 3 && issue.column == "timme" && issue.message.contains("0–23")
        }
    }
}
