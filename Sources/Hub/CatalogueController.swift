import Foundation
import HubStore
import Hummingbird
import PlanningDomain
import ServerSupport

/// The indicator catalogue: `GET catalogue` (every authenticated tenant) returns the current version, its hash and
/// the definitions; `POST catalogue` (agency admin) publishes a new version, checked with
/// ``PlanningDomain/IndicatorCatalogue/checkSuccessor(_:)``.
struct CatalogueController: Sendable {
    let store: HubStore
    let now: @Sendable () -> Date
    let maximumBodyBytes: Int

    func addRoutes(to group: RouterGroup<HubRequestContext>) {
        group.get("catalogue") { _, context -> CatalogueResponse in
            _ = try context.requireIdentity()
            let store = store
            guard let published = try await StoreWork.run({ try store.currentCatalogue() }) else {
                throw APIError.notFound("Hubben har ingen indikatorkatalog ännu; kör balans hub init.")
            }
            return CatalogueResponse(published)
        }
        group.post("catalogue") { request, context -> CatalogueResponse in
            let identity = try context.require([.agencyAdmin])
            let catalogue = try await JSONBody.decode(
                IndicatorCatalogue.self, from: request, limit: maximumBodyBytes, what: "indikatorkatalogen")
            let store = store
            let now = now()
            let published = try await StoreWork.run { () -> PublishedCatalogue? in
                try store.publishCatalogue(catalogue, by: identity, at: now)
                return try store.currentCatalogue()
            }
            guard let published else { throw APIError.notFound("Katalogen kunde inte läsas efter publiceringen.") }
            return CatalogueResponse(published)
        }
    }
}

/// The JSON of the catalogue.
struct CatalogueResponse: ResponseEncodable {
    var version: Int
    var contentHash: String
    var publishedAt: Date
    var definitions: [IndicatorDefinition]

    init(_ published: PublishedCatalogue) {
        version = published.catalogue.version
        contentHash = published.catalogue.contentHash
        publishedAt = published.publishedAt
        definitions = published.catalogue.definitions
    }
}

/// Reads a JSON body up to a size limit with a Swedish 400/413 on failure.
enum JSONBody {
    static func decode<T: Decodable>(_ type: T.Type, from request: Request, limit: Int, what: String) async throws
        -> T
    {
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: limit)
        } catch {
            throw APIError(
                .contentTooLarge, code: "body.too_large",
                message: "Anropet är större än \(limit / 1_048_576) MiB; dela upp det i mindre delar.")
        }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        do {
            return try decoder.decode(type, from: Data(buffer.readableBytesView))
        } catch let error as DecodingError {
            throw APIError.badRequest("Kunde inte läsa \(what): \(describe(error))")
        }
    }

    private static func describe(_ error: DecodingError) -> String {
        func path(_ codingPath: [any CodingKey]) -> String {
            codingPath.isEmpty
                ? "dokumentet"
                : codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }
                    .joined(separator: ".")
        }
        switch error {
        case .keyNotFound(let key, let context):
            return "fältet \(path(context.codingPath + [key])) saknas."
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "fältet \(path(context.codingPath)) har fel typ."
        case .dataCorrupted(let context):
            return "\(path(context.codingPath)): \(context.debugDescription)"
        @unknown default:
            return "ogiltig JSON."
        }
    }
}
