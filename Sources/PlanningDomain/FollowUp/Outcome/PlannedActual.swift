/// A planned (or forecast, or projected) amount next to the actual amount, for one cell or summed over many.
///
/// The deviation is actual − planned: negative when the outcome is behind the plan, positive when the demand
/// (inflow) exceeded its forecast.
public struct PlannedActual: Hashable, Sendable, Codable {
    /// The planned, forecast or projected amount.
    public var planned: Double
    /// The actual amount.
    public var actual: Double

    /// Creates a pair.
    public init(planned: Double, actual: Double) {
        self.planned = planned
        self.actual = actual
    }

    /// Nothing planned, nothing happened.
    public static let zero = PlannedActual(planned: 0, actual: 0)

    /// actual − planned.
    public var deviation: Double { actual - planned }

    /// (actual − planned) / planned as a fraction (−0.1 is 10 % behind); nil when nothing was planned.
    public var relativeDeviation: Double? { planned != 0 ? deviation / planned : nil }

    /// actual / planned as a fraction (0.9 is 90 % of plan); nil when nothing was planned.
    public var attainment: Double? { planned != 0 ? actual / planned : nil }

    /// Adds two pairs cell by cell.
    public static func + (lhs: PlannedActual, rhs: PlannedActual) -> PlannedActual {
        PlannedActual(planned: lhs.planned + rhs.planned, actual: lhs.actual + rhs.actual)
    }
}

/// Whether a week is a normal week or a low-production week (summer, Christmas, Easter, …).
public enum FollowUpWeekKind: String, CaseIterable, Sendable, Codable {
    /// A normal production week.
    case normal
    /// A low-production week by the region's ``LowProductionCalendar``.
    case lowProduction

    /// Swedish label for planners.
    public var swedishName: String {
        switch self {
        case .normal: "normalvecka"
        case .lowProduction: "lågproduktionsvecka"
        }
    }
}

/// Planned and actual over a period, with normal weeks and low-production weeks kept apart.
public struct PlannedActualSplit: Hashable, Sendable, Codable {
    /// Every week of the period.
    public var all: PlannedActual
    /// Only the normal weeks.
    public var normalWeeks: PlannedActual
    /// Only the low-production weeks.
    public var lowProductionWeeks: PlannedActual
    /// How many of the period's followed-up weeks are normal weeks.
    public var normalWeekCount: Int
    /// How many are low-production weeks.
    public var lowProductionWeekCount: Int

    /// Creates a split.
    public init(
        all: PlannedActual, normalWeeks: PlannedActual, lowProductionWeeks: PlannedActual, normalWeekCount: Int,
        lowProductionWeekCount: Int
    ) {
        self.all = all
        self.normalWeeks = normalWeeks
        self.lowProductionWeeks = lowProductionWeeks
        self.normalWeekCount = normalWeekCount
        self.lowProductionWeekCount = lowProductionWeekCount
    }

    /// The figures for one kind of week.
    public func figures(for kind: FollowUpWeekKind) -> PlannedActual {
        kind == .normal ? normalWeeks : lowProductionWeeks
    }
}
