/// Where one (unit, resource) pair's minutes per unit came from — or, for a manual figure set on one planning
/// object, that object's.
public struct ResourceUseSource: Sendable, Hashable {
    /// How the figure was obtained.
    public enum Origin: Sendable, Hashable {
        /// Estimated by non-negative least squares over `weeks` weeks; `rootMeanSquareError` in hours per week.
        case history(weeks: Int, rootMeanSquareError: Double)
        /// Taken from the defaults table because history was insufficient; `reason` is Swedish.
        case fallback(reason: String)
        /// Set by an analyst (`by`, ISO 8601 timestamp `at`, a reason); replaces the estimate until cleared.
        case manual(by: String, at: String, reason: String)

        /// The origin in Swedish, for plan texts, tables and the API.
        public var swedishDescription: String {
            switch self {
            case .history(let weeks, _): "skattad från \(weeks) veckors historik"
            case .fallback(let reason): "standardvärde (\(reason))"
            case .manual(let by, let at, let reason): "manuellt satt av \(by) \(at): \(reason)"
            }
        }

        /// A stable machine name: `history`, `fallback` or `manual`.
        public var kind: String {
            switch self {
            case .history: "history"
            case .fallback: "fallback"
            case .manual: "manual"
            }
        }
    }

    /// The unit's code.
    public var unitCode: String
    /// The resource's code.
    public var resourceCode: String
    /// How the figures were obtained.
    public var origin: Origin
    /// The planning object when the figure is one object's own (a manual figure); nil for the whole pair.
    public var objectCode: String?

    /// Creates a source.
    public init(unitCode: String, resourceCode: String, origin: Origin, objectCode: String? = nil) {
        self.unitCode = unitCode
        self.resourceCode = resourceCode
        self.origin = origin
        self.objectCode = objectCode
    }
}
