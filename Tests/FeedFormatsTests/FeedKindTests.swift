import FeedFormats
import Testing

@Suite("Feed detection")
struct FeedKindTests {
    @Test(arguments: [
        ("inflode_2025.csv", FeedKind.inflow),
        ("Inflöde 2025.csv", .inflow),
        ("remisser-v12.csv", .inflow),
        ("Väntelista-jan.xlsx", .waitingList),
        ("vantelista.csv", .waitingList),
        ("planeringsobjekt.csv", .planningObjects),
        ("objekt_ortopedi.csv", .planningObjects),
        ("enheter.csv", .units),
        ("organisation.xlsx", .units),
        ("resurser.csv", .resources),
        ("produktion_2025.csv", .production),
        ("utfall.csv", .production),
        ("kapacitet-v40.csv", .capacity),
        ("/tmp/exports/KAPACITET.CSV", .capacity),
    ])
    func feedIsTakenFromTheFileName(fileName: String, expected: FeedKind) {
        #expect(FeedKind(fileName: fileName) == expected)
    }

    @Test(arguments: ["data.csv", "export_inflode.csv", "x.xlsx", "ventelista.csv"])
    func fileNamesThatStartWithNoFeedAreNotGuessed(fileName: String) {
        #expect(FeedKind(fileName: fileName) == nil)
    }

    @Test func planeringsobjektIsNotReadAsAShorterName() {
        // "planeringsobjekt" also ends in "objekt"; the longest accepted prefix decides.
        #expect(FeedKind(fileName: "planeringsobjekt_ortopedi.csv") == .planningObjects)
        #expect(FeedKind(fileName: "produktion.csv") != .planningObjects)
    }

    @Test(arguments: FeedKind.allCases)
    func swedishNameSelectsItsFeed(kind: FeedKind) {
        #expect(FeedKind(name: kind.swedishName) == kind)
        #expect(FeedKind(fileName: kind.swedishName + ".csv") == kind)
    }

    @Test func applyOrderPutsMasterDataFirst() {
        let ordered = FeedKind.allCases.sorted { $0.applyOrder < $1.applyOrder }
        #expect(Array(ordered.prefix(3)) == [.units, .resources, .planningObjects])
    }
}
