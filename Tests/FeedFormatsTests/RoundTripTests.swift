import FeedFormats
import PlanningDomain
import Testing

/// SplitMix64: a small seeded generator so every run checks the same tables.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Suite("CSV round trip")
struct RoundTripTests {
    /// Characters codes are built from, including the ones CSV has to quote.
    static let alphabet = Array("ABCÅÄÖabcåäö019-_ ;,\t\"\n")

    static func randomCode(_ generator: inout SplitMix64) -> String {
        let length = Int.random(in: 1...12, using: &generator)
        var code = String((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
        // Readers trim surrounding whitespace, so a code never starts or ends with it.
        code = "K" + code + "K"
        return code
    }

    @Test(arguments: 0..<40)
    func randomWeeklyTablesRoundTripThroughWriterAndParser(seed: UInt64) throws {
        var generator = SplitMix64(state: seed)
        let delimiter: Character = [";", ",", "\t"].randomElement(using: &generator)!
        let objectCount = Int.random(in: 1...6, using: &generator)
        let objects = Set((0..<objectCount).map { _ in Self.randomCode(&generator) })
        var expected: [WeeklyCount] = []
        var used: Set<String> = []
        for _ in 0..<Int.random(in: 1...60, using: &generator) {
            let object = objects.randomElement(using: &generator)!
            let year = Int.random(in: 2020...2027, using: &generator)
            let week = week(year, Int.random(in: 1...ISOWeek.weeksIn(year: year), using: &generator))
            guard used.insert("\(object)|\(week)").inserted else { continue }
            expected.append(
                WeeklyCount(
                    planningObjectCode: object, week: week, count: Int.random(in: 0...50_000, using: &generator)))
        }
        var writer = CSVWriter(
            header: ["planeringsobjekt", "vecka", "antal"], delimiter: delimiter,
            withBOM: Bool.random(using: &generator))
        for count in expected {
            writer.append([count.planningObjectCode, count.week.description, String(count.count)])
        }

        let document = try CSVDocument(bytes: Array(writer.content.utf8), sourceName: "inflode.csv")
        #expect(document.delimiter == delimiter.asciiValue)
        let parser = FeedParser(known: KnownCodes(planningObjects: objects))
        let result = parser.parse(document, as: .inflow)
        #expect(result.issues == [])
        #expect(result.rowCount == expected.count)
        #expect(result.batch.inflow == expected)
    }

    @Test(arguments: [0, 1, 37.5, 0.25, 1234.5, 0.1 + 0.2, 99_999.125])
    func writtenDecimalsReadBackAsTheSameCapacity(value: Double) throws {
        var writer = CSVWriter(header: ["enhetskod", "resurskod", "vecka", "planerad", "frånvaro"])
        writer.append(["ORT-MOT", "LAK", "2025-W10", CSVWriter.decimal(value), CSVWriter.decimal(value / 2)])
        let result = FeedParser(known: sampleKnownCodes())
            .parse(try CSVDocument(bytes: Array(writer.content.utf8), sourceName: "kapacitet.csv"), as: .capacity)
        #expect(result.batch.capacity.first?.planned == value)
        #expect(result.batch.capacity.first?.absence == value / 2)
    }
}
