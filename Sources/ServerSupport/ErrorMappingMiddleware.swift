public import Hummingbird
import Logging

/// Turns any error that is not already an HTTP error into a logged 500 with a generic body: callers never see a
/// stack trace or an internal message.
public struct ErrorMappingMiddleware<Context: RequestContext>: RouterMiddleware {
    /// Creates the middleware.
    public init() {}

    /// Passes the request on and maps unexpected errors.
    public func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as any HTTPResponseError {
            throw error
        } catch {
            context.logger.error(
                "Unhandled error",
                metadata: ["http.path": "\(request.uri.path)", "error": "\(String(reflecting: error))"])
            throw APIError(
                .internalServerError, code: "internal",
                message: "Ett internt fel inträffade. Inget har ändrats av anropet; försök igen eller kontakta driften."
            )
        }
    }
}
