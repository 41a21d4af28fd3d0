import Foundation
import HubStore
import Hummingbird
import PlanningDomain
import ServerSupport

/// Turns the refusals of the hub's store and of the network domain into API errors, in one place:
/// not found (or not visible) → 404, not permitted → 403, stale version or duplicate → 409, anything else the
/// caller must correct → 422. The domain's Swedish sentence is the message.
enum NetworkErrorMapping {
    static func run<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch {
            throw map(error)
        }
    }

    static func map(_ error: any Error) -> any Error {
        switch error {
        case let error as HubStoreError:
            return APIError(status(forStoreCode: error.code), code: error.code, message: error.message)
        case let error as ExchangeError:
            return APIError(status(forDomainCode: error.code), code: error.code, message: error.swedishMessage)
        case let error as LearningExampleError:
            return APIError(status(forDomainCode: error.code), code: error.code, message: error.swedishMessage)
        case let error as NetworkMeetingError:
            return APIError(status(forDomainCode: error.code), code: error.code, message: error.swedishMessage)
        case let error as SelfAssessmentError:
            return APIError(.unprocessableContent, code: error.code, message: error.message)
        case let error as IndicatorCatalogueError:
            return APIError(.unprocessableContent, code: error.code, message: error.message)
        default:
            return error
        }
    }

    static func status(forStoreCode code: String) -> HTTPResponse.Status {
        if code.hasSuffix(".unknown") { return .notFound }
        if code.hasSuffix(".forbidden") { return .forbidden }
        if code.hasSuffix(".invalid") || code.hasSuffix(".invalid_successor") { return .unprocessableContent }
        return .conflict
    }

    static func status(forDomainCode code: String) -> HTTPResponse.Status {
        if code.hasSuffix(".not_found") { return .notFound }
        if code.hasSuffix(".not_permitted") { return .forbidden }
        if code.hasSuffix(".stale_version") || code.hasSuffix(".duplicate_id") { return .conflict }
        return .unprocessableContent
    }
}

/// Runs blocking store work (SQLite) off the server's event loops and maps its refusals (see
/// ``NetworkErrorMapping``).
enum StoreWork {
    static func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        let result = await offloaded { Result { try work() } }
        return try NetworkErrorMapping.run { try result.get() }
    }

    /// Runs `work` on a global queue (SQLite blocks; the cooperative pool and the event loops must not).
    static func offloaded<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async { continuation.resume(returning: work()) }
        }
    }
}
