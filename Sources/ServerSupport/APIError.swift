public import Foundation
public import Hummingbird

/// An error the API reports to its caller: a stable code, a Swedish sentence that helps, an HTTP status, and
/// optional details (e.g. every problem of a refused import). The one place error codes meet statuses.
public struct APIError: HTTPResponseError, Sendable {
    /// Stable machine-readable code ("import.invalid", "not_found", …).
    public var code: String
    /// What went wrong and what to do, in Swedish.
    public var message: String
    /// The HTTP status.
    public var status: HTTPResponse.Status
    /// Extra lines, e.g. located import problems.
    public var details: [String]

    /// Creates an error.
    public init(_ status: HTTPResponse.Status, code: String, message: String, details: [String] = []) {
        self.status = status
        self.code = code
        self.message = message
        self.details = details
    }

    /// 404 for an unknown resource.
    public static func notFound(_ message: String) -> APIError {
        APIError(.notFound, code: "not_found", message: message)
    }

    /// 400 for a request that cannot be understood.
    public static func badRequest(_ message: String) -> APIError {
        APIError(.badRequest, code: "bad_request", message: message)
    }

    /// The JSON body.
    struct Body: Encodable {
        var error: String
        var message: String
        var details: [String]?
    }

    /// Renders the error as JSON.
    public func response(from request: Request, context: some RequestContext) throws -> Response {
        let body = Body(error: code, message: message, details: details.isEmpty ? nil : details)
        let data = try JSONEncoder.api.encode(body)
        return Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}

extension JSONEncoder {
    /// The API's encoder: sorted keys, ISO 8601 dates.
    public static var api: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }
}
