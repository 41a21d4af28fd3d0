/// Where one (unit, resource) pair's minutes per unit came from.
public struct ResourceUseSource: Sendable, Hashable {
    /// How the figure was obtained.
    public enum Origin: Sendable, Hashable {
        /// Estimated by non-negative least squares over `weeks` weeks; `rootMeanSquareError` in hours per week.
        case history(weeks: Int, rootMeanSquareError: Double)
        /// Taken from the defaults table because history was insufficient; `reason` is Swedish.
        case fallback(reason: String)
    }

    /// The unit's code.
    public var unitCode: String
    /// The resource's code.
    public var resourceCode: String
    /// How the figures were obtained.
    public var origin: Origin
}
