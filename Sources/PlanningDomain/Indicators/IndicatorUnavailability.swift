/// Why an indicator could not be computed for a group and period. Never reported as zero: a missing figure and a
/// true zero mean different things to a planner and to the national statistics. (An `Error` only so it can be
/// the failure of a `Result`; it is an expected outcome, not a fault.)
public enum IndicatorUnavailability: Error, Hashable, Sendable, Codable {
    /// The node has no data of this kind at all (e.g. no cancellations are recorded).
    case missingData(IndicatorDataSource)
    /// The node's data of this kind does not cover every week of the period (the first missing week is named).
    case incompletePeriod(IndicatorDataSource, firstMissingWeek: ISOWeek)
    /// No waiting-list snapshot was taken in the period.
    case noWaitingListSnapshot
    /// The rate's denominator is zero (e.g. nobody waiting, nothing planned).
    case zeroDenominator
    /// The region has named no limiting resource in the formula's measure.
    case noLimitingResource(ResourceMeasure)

    /// A stable code, e.g. "indicator.missing_data".
    public var code: String {
        switch self {
        case .missingData: "indicator.missing_data"
        case .incompletePeriod: "indicator.incomplete_period"
        case .noWaitingListSnapshot: "indicator.no_waiting_list_snapshot"
        case .zeroDenominator: "indicator.zero_denominator"
        case .noLimitingResource: "indicator.no_limiting_resource"
        }
    }

    /// A Swedish sentence for planners.
    public var message: String {
        switch self {
        case .missingData(let source):
            "Uppgift saknas: regionen har inga data om \(source.swedishName)."
        case .incompletePeriod(let source, let week):
            "Uppgift saknas: data om \(source.swedishName) saknas för vecka \(week.week) \(week.year)."
        case .noWaitingListSnapshot:
            "Uppgift saknas: inget uttag av väntelistan under perioden."
        case .zeroDenominator:
            "Kan inte beräknas: nämnaren är noll."
        case .noLimitingResource(let measure):
            "Uppgift saknas: ingen begränsande resurs mätt i \(measure.swedishName) är angiven."
        }
    }
}
