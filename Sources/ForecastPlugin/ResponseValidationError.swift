/// A rejected response: every problem found, so the plugin author can fix them in one go.
public struct ResponseValidationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The problems, in the order found (at most ``ForecastResponseValidator/maximumProblems``).
    public var problems: [ResponseProblem]
    /// How many problems were found beyond those listed.
    public var omittedCount: Int

    /// Creates an error.
    public init(problems: [ResponseProblem], omittedCount: Int = 0) {
        self.problems = problems
        self.omittedCount = omittedCount
    }

    /// A Swedish summary: the first problems, one per line.
    public var description: String {
        let total = problems.count + omittedCount
        var lines = ["Pluginens svar underkändes (\(total) problem); ingen del av prognosen används."]
        lines += problems.prefix(10).map { "- \($0.message)" }
        if total > 10 { lines.append("- … och \(total - 10) problem till.") }
        return lines.joined(separator: "\n")
    }
}
