import NodeStore
import PlanningDomain

/// JSON shapes of the follow-up measures (v1): inflow vs forecast, capacity, waiting lists, care guarantee.
enum FollowUpMeasuresAPI {
    struct Accuracy: Codable, Sendable {
        var all: ForecastAccuracy?
        var normalWeeks: ForecastAccuracy?
        var lowProductionWeeks: ForecastAccuracy?

        init(_ split: ForecastAccuracySplit) {
            all = split.all
            normalWeeks = split.normalWeeks
            lowProductionWeeks = split.lowProductionWeeks
        }
    }

    struct Week: Codable, Sendable {
        var week: String
        var forecast: Double
        var actual: Double
        var lowProduction: Bool
    }

    struct ForecastRow: Codable, Sendable {
        var code: String
        var name: String
        var kind: String
        var forecast: Double
        var actual: Double
        var accuracy: Accuracy

        init(_ row: ForecastFollowUpRow) {
            code = row.code
            name = row.name
            kind = row.isObject ? "object" : "unit"
            forecast = row.figures.planned
            actual = row.figures.actual
            accuracy = Accuracy(row.accuracy)
        }
    }

    struct ForecastAccuracyReport: Codable, Sendable {
        var scope: String
        var firstWeek: String
        var lastWeek: String
        var accuracy: Accuracy
        var weeks: [Week]
        var units: [ForecastRow]
        var objects: [ForecastRow]
    }

    struct CapacityRow: Codable, Sendable {
        var resource: String
        var name: String
        var measure: String
        var forecast: Double
        var actual: Double
        var relativeDeviation: Double?
        var normalWeeks: PlannedActual
        var lowProductionWeeks: PlannedActual
        var accuracy: Accuracy
        var weeks: [Week]
    }

    struct CapacityReport: Codable, Sendable {
        var scope: String
        var comparedRows: Int
        var resources: [CapacityRow]
    }

    struct WaitingPlan: Codable, Sendable {
        var id: Int64
        var name: String
        var version: Int
        var startSnapshot: String?
    }

    struct WaitingComparison: Codable, Sendable {
        var week: String
        var projected: Double
        var actual: Double
        var lowProduction: Bool
    }

    struct WaitingObject: Codable, Sendable {
        var object: String
        var name: String
        var projected: Double
        var actual: Double
    }

    struct WaitingListReport: Codable, Sendable {
        var scope: String
        var plans: [WaitingPlan]
        var snapshots: [WaitingComparison]
        var objects: [WaitingObject]
    }

    struct Line: Codable, Sendable {
        var group: String
        var name: String
        var total: Int
        var withinLimit: Int
        var shareWithinLimit: Double?

        init(_ figures: CareGuaranteeFigures) {
            group = figures.group
            name = figures.name
            total = figures.total
            withinLimit = figures.withinLimit
            shareWithinLimit = figures.shareWithinLimit
        }
    }

    struct Lines: Codable, Sendable {
        var total: Line
        var bySpecialty: [Line]
        var byUnit: [Line]

        init(_ lines: CareGuaranteeLines) {
            total = Line(lines.total)
            bySpecialty = lines.bySpecialty.map(Line.init)
            byUnit = lines.byUnit.map(Line.init)
        }
    }

    struct Interval: Codable, Sendable {
        var earlier: String
        var later: String
    }

    struct Treated: Codable, Sendable {
        var period: String
        /// "completed-waits" (the genomförda feed: exact, both bounds equal) or "snapshots" (derived, a range).
        var source: String
        var intervals: [Interval]
        /// Waits measured to the later snapshot: the share within the limit is a lower bound.
        var waitedToLaterSnapshot: Lines
        /// Waits measured to the day after the earlier snapshot: the share within the limit is an upper bound.
        var waitedToDayAfterEarlierSnapshot: Lines

        init(_ treated: CareGuaranteeTreated) {
            period = treated.label
            source = treated.source == .completedWaits ? "completed-waits" : "snapshots"
            intervals = treated.intervals.map { Interval(earlier: $0.earlier.description, later: $0.later.description) }
            waitedToLaterSnapshot = Lines(treated.counted)
            waitedToDayAfterEarlierSnapshot = Lines(treated.earliest)
        }
    }

    struct CareGuaranteeReport: Codable, Sendable {
        var scope: String
        var limitDays: Int
        var snapshotDate: String?
        var waiting: Lines?
        var lastMonth: Treated?
        var yearToDate: Treated?
    }
}
