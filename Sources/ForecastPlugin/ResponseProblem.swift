/// One reason a plugin response was rejected, with a Swedish sentence that names the series and period.
public struct ResponseProblem: Sendable, Hashable, CustomStringConvertible {
    /// What kind of problem it is, for tests and metrics.
    public enum Code: String, Sendable, Hashable {
        /// The output is not JSON, or not a JSON object.
        case invalidJSON
        /// A key the protocol does not define.
        case unknownKey
        /// A key the protocol requires is absent.
        case missingKey
        /// A value has the wrong JSON type.
        case wrongType
        /// The response's protocol version differs from the request's.
        case protocolVersionMismatch
        /// The model id differs from the plugin's manifest id.
        case modelMismatch
        /// A requested series has no forecast.
        case missingSeries
        /// A forecast for a series that was not requested.
        case unexpectedSeries
        /// A series has more than one forecast.
        case duplicateSeries
        /// A path has the wrong number of periods.
        case wrongHorizon
        /// NaN, infinity or a negative number.
        case invalidNumber
        /// A requested quantile level is absent.
        case missingQuantile
        /// A quantile key that is not a requested level.
        case unexpectedQuantile
        /// Quantiles decrease as the level increases.
        case unorderedQuantiles
    }

    /// The kind of problem.
    public var code: Code
    /// The series concerned, if any.
    public var seriesID: String?
    /// The 1-based forecast period concerned, if any.
    public var period: Int?
    /// A Swedish sentence for the log and the planner.
    public var message: String

    /// Creates a problem.
    public init(_ code: Code, seriesID: String? = nil, period: Int? = nil, message: String) {
        self.code = code
        self.seriesID = seriesID
        self.period = period
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
