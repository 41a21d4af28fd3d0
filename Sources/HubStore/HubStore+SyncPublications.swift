import Foundation
import GRDB
import PlanningDomain
import SyncEngine
import WireProtocol

/// The agency's publications as down-stream changes: every published learning example on `published-examples`
/// (key `hub/published-example/<id>`) and every catalogue version on `definitions` (key `hub/catalogue/<n>`).
/// The publishing transaction appends the change itself, so a node can never see a publication the hub lost, nor
/// miss one the hub kept.
extension HubStore {
    /// Appends the change a learning example's publication state implies: its published revision as a
    /// ``WireProtocol/PublishedExample`` (first publication or a new revision), or a deletion when it no longer
    /// has one (withdrawn). Called by the example's save in the command's transaction.
    static func recordPublication(of example: LearningExample, db: Database, at now: Date) throws {
        let key = NaturalKey(owner: "hub", kind: "published-example", parts: [example.id])
        let payload = try publishedExample(example).map { try CanonicalJSON.jsonValue($0) }
        try appendChanges(to: .publishedExamples, db: db, at: now) { feed in
            try feed.append(key, payload: payload)
        }
    }

    /// Appends catalogue `catalogue` (published at `publishedAt`) to `definitions` as a
    /// ``WireProtocol/CatalogueRelease``. Called by the catalogue's insert in its transaction.
    static func recordRelease(of catalogue: IndicatorCatalogue, publishedAt: Date, db: Database, at now: Date) throws {
        let release = try catalogueRelease(catalogue, publishedAt: publishedAt)
        try appendChanges(to: .definitions, db: db, at: now) { feed in
            try feed.append(release.naturalKey, payload: try CanonicalJSON.jsonValue(release))
        }
    }

    /// Fills a just-created feed with what was published before it existed: the hub may be older than the feed
    /// (examples and catalogues from before sync), and a node reading from 0 must still get all of it.
    static func backfillFeed(_ stream: SyncStream, db: Database, at now: Date) throws {
        switch stream {
        case .publishedExamples:
            let documents = try String.fetchAll(
                db, sql: "SELECT document FROM learning_example WHERE published_revision IS NOT NULL ORDER BY id")
            let examples = try documents.map { try HubDocument.decode(LearningExample.self, from: $0) }
            try appendChanges(to: stream, db: db, at: now) { feed in
                for example in examples {
                    guard let published = try publishedExample(example) else { continue }
                    try feed.append(published.naturalKey, payload: try CanonicalJSON.jsonValue(published))
                }
            }
        case .definitions:
            let rows = try Row.fetchAll(
                db, sql: "SELECT document, published_at FROM indicator_catalogue ORDER BY version")
            let releases = try rows.map { row in
                try catalogueRelease(
                    try HubDocument.decode(IndicatorCatalogue.self, from: row["document"]),
                    publishedAt: row["published_at"])
            }
            try appendChanges(to: stream, db: db, at: now) { feed in
                for release in releases {
                    try feed.append(release.naturalKey, payload: try CanonicalJSON.jsonValue(release))
                }
            }
        case .exchangeState:
            try backfillExchangeState(db: db, at: now)
        default:
            // National comparisons are written with their data from the start.
            break
        }
    }

    /// The wire form of `example`'s published revision, or nil when nothing is published.
    static func publishedExample(_ example: LearningExample) throws -> PublishedExample? {
        guard let revision = example.publishedRevision else { return nil }
        let content = revision.content
        let publishedAt = example.history.last { $0.kind == .published(revision: revision.number) }?.timestamp
        let sections = [
            ("Problem", content.problem), ("Vad gjordes", content.whatWasDone), ("Resultat", content.results),
        ]
        var body = sections.map { "## \($0.0)\n\n\($0.1)" }.joined(separator: "\n\n")
        if !content.contactRole.isEmpty { body += "\n\nKontakt: \(content.contactRole)" }
        return PublishedExample(
            exampleID: example.id, revision: revision.number, regionCode: example.owner,
            theme: content.theme.rawValue, title: content.title, summary: summary(of: content.problem), body: body,
            publishedOn: publishedAt.map(swedishDate(ofTimestamp:)) ?? revision.submittedAt.prefix(10).description,
            level: content.level.rawValue, problem: content.problem, whatWasDone: content.whatWasDone,
            results: content.results)
    }

    /// `catalogue` as a release: the wire definitions and their hash, the publication date in Sweden.
    static func catalogueRelease(_ catalogue: IndicatorCatalogue, publishedAt: Date) throws -> CatalogueRelease {
        try CatalogueRelease(
            version: catalogue.version, publishedOn: swedishDate(publishedAt),
            indicators: SyncCatalogue.definitions(catalogue))
    }

    /// The first paragraph of `text`, cut at a word to at most 300 characters.
    static func summary(of text: String) -> String {
        let paragraph = text.components(separatedBy: "\n\n").first ?? text
        let trimmed = paragraph.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.count > 300 else { return trimmed }
        let cut = trimmed.prefix(300)
        let word = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return String(word) + " …"
    }

    /// The calendar date in Sweden (`2026-12-09`) of an ISO 8601 timestamp; the timestamp's own date when it
    /// cannot be read.
    static func swedishDate(ofTimestamp timestamp: String) -> String {
        let parser = ISO8601DateFormatter()
        parser.formatOptions = [.withInternetDateTime]
        guard let date = parser.date(from: timestamp) else { return String(timestamp.prefix(10)) }
        return swedishDate(date)
    }

    /// The calendar date in Sweden (`2026-12-09`) of `date`.
    static func swedishDate(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "Europe/Stockholm")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: date)
    }
}
