public import Foundation

/// Checks a plugin's raw output against the request, all or nothing.
///
/// The output is first parsed with `JSONSerialization` to check the exact key sets (unknown or missing keys are
/// rejected, which `Codable` alone would silently allow), then decoded with `Codable`, then every number is
/// checked: the right series exactly once each, the right horizon, finite non-negative values, every requested
/// quantile present and non-decreasing in level per period. The mean need not lie between the quantiles.
/// Any problem rejects the whole response, so a partial forecast can never be used.
public struct ForecastResponseValidator: Sendable {
    /// At most this many problems are listed; the rest are counted.
    public static let maximumProblems = 100

    /// The model id the response must name (the manifest's id), or nil to accept any.
    public var expectedModelID: String?

    /// Creates a validator.
    public init(expectedModelID: String? = nil) {
        self.expectedModelID = expectedModelID
    }

    /// Validates `data` as the response to `request`.
    public func validate(
        _ data: Data, for request: ForecastRequest
    ) -> Result<ForecastResponse, ResponseValidationError> {
        var problems = ProblemList()
        guard !data.isEmpty else {
            problems.add(
                .invalidJSON, message: "Pluginen skrev ingenting på standard ut; ett JSON-objekt väntades.")
            return .failure(problems.error)
        }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data, options: [])
        } catch {
            problems.add(
                .invalidJSON,
                message: "Svaret är inte giltig JSON (\(data.count) byte; avbrutet, skräp eller NaN/Infinity?).")
            return .failure(problems.error)
        }
        checkStructure(object, into: &problems)
        guard problems.isEmpty else { return .failure(problems.error) }

        let response: ForecastResponse
        do {
            response = try JSONDecoder().decode(ForecastResponse.self, from: data)
        } catch {
            problems.add(.wrongType, message: "Svaret har fel typ på ett värde: \(Self.describe(error))")
            return .failure(problems.error)
        }
        checkValues(response, request: request, into: &problems)
        return problems.isEmpty ? .success(response) : .failure(problems.error)
    }

    private static func describe(_ error: any Error) -> String {
        guard let decodingError = error as? DecodingError else { return "\(error)" }
        let (context, what): (DecodingError.Context, String) =
            switch decodingError {
            case let .typeMismatch(type, context): (context, "väntade \(type)")
            case let .valueNotFound(type, context): (context, "värde saknas (väntade \(type))")
            case let .keyNotFound(key, context): (context, "nyckeln \"\(key.stringValue)\" saknas")
            case let .dataCorrupted(context): (context, "ogiltigt värde")
            @unknown default: (DecodingError.Context(codingPath: [], debugDescription: ""), "okänt fel")
            }
        let path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        return "\(path.isEmpty ? "(roten)" : path): \(what)."
    }
}

/// Collects problems up to ``ForecastResponseValidator/maximumProblems``.
struct ProblemList {
    private(set) var problems: [ResponseProblem] = []
    private(set) var omitted = 0

    var isEmpty: Bool { problems.isEmpty && omitted == 0 }
    var error: ResponseValidationError { ResponseValidationError(problems: problems, omittedCount: omitted) }

    mutating func add(_ code: ResponseProblem.Code, seriesID: String? = nil, period: Int? = nil, message: String) {
        if problems.count < ForecastResponseValidator.maximumProblems {
            problems.append(ResponseProblem(code, seriesID: seriesID, period: period, message: message))
        } else {
            omitted += 1
        }
    }
}
