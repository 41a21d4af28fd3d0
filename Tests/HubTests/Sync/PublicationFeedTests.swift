import Foundation
import GRDB
import HubStore
import PlanningDomain
import SyncEngine
import Testing
import WireProtocol

/// The agency's publications on the down streams: publishing a learning example or a catalogue version appends
/// the change in the same transaction, re-publication replaces the key, and what was published before the feed
/// existed is backfilled for a node reading from 0.
@Suite("Publication feeds")
struct PublicationFeedTests {
    let fixture: HubFixture
    let author: HubIdentity
    let curator: HubIdentity

    init() throws {
        fixture = try HubFixture()
        author = try fixture.identity("06", .regionUser)
        curator = try fixture.identity("agency", .agencyCurator)
    }

    var store: HubStore { fixture.store }
    var now: Date { fixture.now }

    static func content(_ title: String) -> LearningExampleContent {
        LearningExampleContent(
            title: title, theme: .capacityDefinition, level: .strategic, problem: "Enheterna räknade kapacitet olika.",
            whatWasDone: "Vi enades om timmar per kompetens.", results: "Planerna gick att jämföra.",
            contactRole: "Produktionsstrateg")
    }

    /// A submitted example, ready for the curator.
    func submitted(_ title: String) throws -> LearningExample {
        let example = try store.createExample(content: Self.content(title), by: author, at: now)
        return try store.handleExample(id: example.id, .submit, expectedVersion: example.version, by: author, at: now)
    }

    func publish(_ example: LearningExample) throws -> LearningExample {
        try store.handleExample(
            id: example.id, .publish, expectedVersion: example.version, comment: "Publiceras.", by: curator, at: now)
    }

    func feed(_ stream: SyncStream, after: Int64 = 0) throws -> ChangeFeed {
        let epoch = after == 0 ? "" : try store.syncFeed(stream).epoch
        return try store.syncChanges(stream: stream, after: after, epoch: epoch, limit: 100).get()
    }

    @Test func publishingAnExampleAppendsItsPublishedRevisionToTheFeed() throws {
        let draft = try submitted("Gemensamt kapacitetsbegrepp")
        #expect(try feed(.publishedExamples).changes.isEmpty)
        let published = try publish(draft)
        let changes = try feed(.publishedExamples).changes
        #expect(changes.count == 1)
        let change = try #require(changes.first)
        #expect(change.key.rawValue == "hub/published-example/\(published.id)")
        #expect(change.hasValidContentHash)
        let payload = try change.decodePayload(as: PublishedExample.self)
        #expect(payload.exampleID == published.id)
        #expect(payload.revision == 1)
        #expect(payload.regionCode == "06")
        #expect(payload.theme == "capacityDefinition")
        #expect(payload.level == "strategic")
        #expect(payload.title == "Gemensamt kapacitetsbegrepp")
        #expect(payload.problem == "Enheterna räknade kapacitet olika.")
        #expect(payload.whatWasDone == "Vi enades om timmar per kompetens.")
        #expect(payload.results == "Planerna gick att jämföra.")
        #expect(payload.publishedOn.count == 10)
    }

    @Test func aNewPublishedRevisionReplacesTheKeyWithAHigherSequence() throws {
        let first = try publish(try submitted("Veckorytm"))
        let head = try store.syncFeed(.publishedExamples).head
        var next = try store.handleExample(
            id: first.id, .reopen, expectedVersion: first.version, by: author, at: now)
        // Reopening keeps the published revision visible: nothing new to tell the nodes.
        #expect(try store.syncFeed(.publishedExamples).head == head)
        var content = Self.content("Veckorytm, andra upplagan")
        content.results = "Väntetiderna halverades."
        next = try store.handleExample(id: first.id, .edit(content), expectedVersion: next.version, by: author, at: now)
        next = try store.handleExample(id: first.id, .submit, expectedVersion: next.version, by: author, at: now)
        _ = try publish(next)

        let changes = try feed(.publishedExamples, after: head).changes
        #expect(changes.count == 1)
        let payload = try #require(changes.first).decodePayload(as: PublishedExample.self)
        #expect(payload.revision == 2)
        #expect(payload.title == "Veckorytm, andra upplagan")
        #expect(try #require(changes.first).sequence > head)
        // The log keeps one row per key: a node reading from 0 sees only the latest revision.
        #expect(try feed(.publishedExamples).changes.count == 1)
    }

    @Test func aPublicationWhoseChangeCannotBeWrittenIsNotPublishedEither() throws {
        let draft = try submitted("Rollfördelning")
        try store.writer.write { db in
            try db.execute(
                sql: """
                    CREATE TRIGGER test_refuse_change BEFORE INSERT ON sync_change
                    WHEN NEW.stream = 'published-examples'
                    BEGIN SELECT RAISE(ABORT, 'refused by test'); END
                    """)
        }
        #expect(throws: (any Error).self) { try publish(draft) }
        #expect(try store.example(id: draft.id, visibleTo: curator)?.status == .submitted)
        #expect(try store.publishedExamples().isEmpty)
    }

    @Test func examplesPublishedBeforeTheFeedExistedAreBackfilledForANodeReadingFromZero() throws {
        let first = try publish(try submitted("Före synken 1"))
        let second = try publish(try submitted("Före synken 2"))
        _ = try submitted("Inte publicerat")
        // A hub from before the feed: drop the log, as an older database never had it.
        try store.writer.write { db in
            try db.execute(sql: "DELETE FROM sync_change WHERE stream = 'published-examples'")
            try db.execute(sql: "DELETE FROM sync_feed WHERE stream = 'published-examples'")
        }
        let keys = try feed(.publishedExamples).changes.map(\.key.rawValue).sorted()
        #expect(keys == ["hub/published-example/\(first.id)", "hub/published-example/\(second.id)"].sorted())
    }

    @Test func theSeededCatalogueIsReleaseOneAndEachPublishedVersionIsAppendedInOrder() throws {
        let initial = try feed(.definitions).changes
        #expect(initial.count == 1)
        let release = try #require(initial.first).decodePayload(as: CatalogueRelease.self)
        #expect(release.version == IndicatorCatalogue.standard.version)
        #expect(release.isHashValid)
        #expect(release.reference == SyncCatalogue.reference(.standard))

        let admin = try fixture.identity("agency", .agencyAdmin)
        var changed = try #require(IndicatorCatalogue.standard.definition(id: "inflow"))
        changed.name = "Inflöde (alla remisser)"
        changed.version = 2
        let others = IndicatorCatalogue.standard.definitions.filter { $0.id != "inflow" }
        let gap = try IndicatorCatalogue(version: 3, definitions: others + [changed])
        #expect(throws: (any Error).self) { try store.publishCatalogue(gap, by: admin, at: now) }
        try store.publishCatalogue(
            try IndicatorCatalogue(version: 2, definitions: others + [changed]), by: admin, at: now)

        let releases = try feed(.definitions).changes.map { try $0.decodePayload(as: CatalogueRelease.self) }
        #expect(releases.map(\.version) == [1, 2])
        #expect(releases.allSatisfy { $0.isHashValid })
        #expect(releases[1].indicators.contains { $0.id == "inflow" && $0.version == 2 })
    }
}
