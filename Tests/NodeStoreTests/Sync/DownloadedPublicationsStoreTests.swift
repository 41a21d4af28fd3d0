import Foundation
import GRDB
import NodeStore
import Testing
import WireProtocol

/// The node's copies of the agency's publications: learning examples and catalogue releases are upserted and
/// deleted by key from feed pages, a resync replaces them, and a bad page stores nothing.
@Suite("Downloaded publications")
struct DownloadedPublicationsStoreTests {
    let store: NodeStore
    let now = Date(timeIntervalSince1970: 1_795_000_000)

    init() throws {
        store = try NodeStore.inMemory()
    }

    static func example(_ id: String, revision: Int = 1, title: String? = nil) -> PublishedExample {
        PublishedExample(
            exampleID: id, revision: revision, regionCode: "06", theme: "realisticPlanning",
            title: title ?? "Exempel \(id)", summary: "Kort om \(id).", body: "## Problem\n\nText.",
            publishedOn: "2026-12-0\(revision)", level: "tactical", problem: "Kön växte.",
            whatWasDone: "Vi planerade per vecka.", results: "Kön krympte.")
    }

    static func release(_ version: Int) throws -> CatalogueRelease {
        try CatalogueRelease(
            version: version, publishedOn: "2026-12-01",
            indicators: [
                IndicatorDefinition(
                    id: "inflow", version: version, name: "Inflöde", unit: "patienter", personBased: true)
            ])
    }

    func feed(_ stream: SyncStream, _ changes: [Change], epoch: String = "e1", after: Int64 = 0) -> ChangeFeed {
        ChangeFeed(
            stream: stream, epoch: epoch, after: after, changes: changes, nextCursor: changes.last?.sequence ?? after,
            hasMore: false)
    }

    func apply(_ feed: ChangeFeed, replaceAll: Bool = false) throws {
        try store.applyFeed(
            feed, newCursor: DownloadCursor(epoch: feed.epoch, sequence: feed.nextCursor), replaceAll: replaceAll,
            at: now)
    }

    func upsert(_ example: PublishedExample, _ sequence: Int64) throws -> Change {
        Change(sequence: sequence, key: example.naturalKey, payload: try CanonicalJSON.jsonValue(example))
    }

    func delete(_ id: String, _ sequence: Int64) -> Change {
        Change(sequence: sequence, key: Self.example(id).naturalKey, payload: nil)
    }

    @Test func anExampleIsInsertedThenReplacedByANewRevisionThenDeletedWhenWithdrawn() throws {
        try apply(feed(.publishedExamples, [try upsert(Self.example("a"), 1), try upsert(Self.example("b"), 2)]))
        #expect(try store.publishedExamples().map(\.exampleID).sorted() == ["a", "b"])
        #expect(try store.publishedExample(id: "a") == Self.example("a"))

        let second = Self.example("a", revision: 2, title: "Nytt namn")
        try apply(feed(.publishedExamples, [try upsert(second, 3)], after: 2))
        #expect(try store.publishedExample(id: "a") == second)
        #expect(try store.publishedExamples().count == 2)

        try apply(feed(.publishedExamples, [delete("b", 4)], after: 3))
        #expect(try store.publishedExample(id: "b") == nil)
        #expect(try store.publishedExamples() == [second])
        #expect(try store.downloadCursor(.publishedExamples) == DownloadCursor(epoch: "e1", sequence: 4))
    }

    @Test func theCopyEqualsTheLatestStateOfEveryKeyForEverySequenceOfThreeChanges() throws {
        // Every page of three changes over two keys (new revision 1 or 2, or a deletion), applied one after the
        // other on the same copy: after each page the copy holds exactly each key's latest state.
        let operations: [(id: String, revision: Int?)] = [
            ("a", 1), ("a", 2), ("a", nil), ("b", 1), ("b", 2), ("b", nil),
        ]
        var model: [String: PublishedExample] = [:]
        var sequence: Int64 = 0
        for first in operations {
            for second in operations {
                for third in operations {
                    let after = sequence
                    let changes = try [first, second, third].map { operation -> Change in
                        sequence += 1
                        guard let revision = operation.revision else {
                            model[operation.id] = nil
                            return delete(operation.id, sequence)
                        }
                        let example = Self.example(operation.id, revision: revision)
                        model[operation.id] = example
                        return try upsert(example, sequence)
                    }
                    try apply(feed(.publishedExamples, changes, after: after))
                    #expect(
                        try store.publishedExamples().sorted { $0.exampleID < $1.exampleID }
                            == model.values.sorted { $0.exampleID < $1.exampleID })
                }
            }
        }
        #expect(try store.downloadCursor(.publishedExamples).sequence == sequence)
    }

    @Test func theFirstPageOfAResyncReplacesEveryLocalExampleAndRelease() throws {
        try apply(feed(.publishedExamples, [try upsert(Self.example("a"), 1), try upsert(Self.example("b"), 2)]))
        try apply(feed(.definitions, [Change(sequence: 1, key: try Self.release(1).naturalKey, payload: try json(1))]))
        #expect(try store.appliedCatalogueVersion() == 1)

        try apply(feed(.publishedExamples, [try upsert(Self.example("c"), 1)], epoch: "e2"), replaceAll: true)
        #expect(try store.publishedExamples().map(\.exampleID) == ["c"])
        #expect(try store.downloadCursor(.publishedExamples) == DownloadCursor(epoch: "e2", sequence: 1))

        try apply(feed(.definitions, [], epoch: "e2"), replaceAll: true)
        #expect(try store.catalogueReleases().isEmpty)
        #expect(try store.appliedCatalogueVersion() == nil)
    }

    func json(_ version: Int) throws -> JSONValue { try CanonicalJSON.jsonValue(try Self.release(version)) }

    @Test func catalogueReleasesAreKeptInVersionOrder() throws {
        try apply(
            feed(
                .definitions,
                [
                    Change(sequence: 1, key: try Self.release(1).naturalKey, payload: try json(1)),
                    Change(sequence: 2, key: try Self.release(2).naturalKey, payload: try json(2)),
                ]))
        #expect(try store.catalogueReleases() == [try Self.release(1), try Self.release(2)])
        #expect(try store.appliedCatalogueVersion() == 2)
    }

    @Test func aReleaseWhoseHashDoesNotMatchItsIndicatorsStoresNothingAndKeepsTheCursor() throws {
        var forged = try Self.release(1)
        forged.indicators[0].name = "Ändrat utan ny kontrollsumma"
        let page = feed(
            .definitions, [Change(sequence: 1, key: forged.naturalKey, payload: try CanonicalJSON.jsonValue(forged))])
        #expect(throws: (any Error).self) { try apply(page) }
        #expect(try store.catalogueReleases().isEmpty)
        #expect(try store.downloadCursor(.definitions) == .start)
    }

    @Test func anExampleUnderAnotherKeyIsRefused() throws {
        let change = Change(
            sequence: 1, key: Self.example("b").naturalKey, payload: try CanonicalJSON.jsonValue(Self.example("a")))
        #expect(throws: (any Error).self) { try apply(feed(.publishedExamples, [change])) }
        #expect(try store.publishedExamples().isEmpty)
    }
}
