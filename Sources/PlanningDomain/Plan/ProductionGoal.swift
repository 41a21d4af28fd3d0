/// A strategic production goal (produktionsmål): a volume a unit is to produce in a year or quarter, for all
/// its planning objects, one specialty, or a chosen set of objects.
public struct ProductionGoal: Hashable, Sendable, Codable {
    /// The period a goal is set for.
    public enum Period: Hashable, Sendable, Codable {
        /// An ISO week-year: the weeks whose Thursday falls in that year.
        case year(Int)
        /// A quarter: the weeks whose Thursday falls in it (``ISOWeek/quarter``).
        case quarter(YearQuarter)

        /// Whether `week` belongs to the period.
        public func contains(_ week: ISOWeek) -> Bool {
            switch self {
            case let .year(year): week.year == year
            case let .quarter(quarter): week.quarter == quarter
            }
        }

        /// All ISO weeks of the period.
        public var weeks: [ISOWeek] {
            switch self {
            case let .year(year):
                (1...ISOWeek.weeksIn(year: year)).compactMap { ISOWeek(year: year, week: $0) }
            case let .quarter(quarter):
                (0..<15).map { ISOWeek(containing: quarter.firstDay).adding(weeks: $0 - 1) }
                    .filter { $0.quarter == quarter }
            }
        }

        /// Swedish label, e.g. "2026" or "kvartal 2 2026".
        public var swedishLabel: String {
            switch self {
            case let .year(year): "\(year)"
            case let .quarter(quarter): quarter.swedishLabel
            }
        }
    }

    /// Which planning objects a goal counts.
    public enum Selection: Hashable, Sendable, Codable {
        /// Every planning object in the plan.
        case allObjects
        /// The objects of one specialty (``PlanningObject/specialty``).
        case specialty(String)
        /// An explicit set of planning object codes.
        case objects(Set<String>)
    }

    /// A name planners recognise, e.g. "Nybesök ortopedi".
    public var name: String
    /// The organisation unit code the goal is set for; it is checked against plans with the same scope.
    public var scope: String
    /// The year or quarter.
    public var period: Period
    /// Which objects count.
    public var selection: Selection
    /// The goal volume for the period.
    public var volume: Double

    /// Creates a goal.
    public init(name: String, scope: String, period: Period, selection: Selection = .allObjects, volume: Double) {
        self.name = name
        self.scope = scope
        self.period = period
        self.selection = selection
        self.volume = volume
    }
}
