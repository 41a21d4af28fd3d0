import NodeStore
import PlanningDomain

/// JSON shapes of the plan-analysis endpoints (v1): actions, scenarios, goals, daily plans, waiting lists.
enum PlanAnalysisAPI {
    struct Actions: Codable, Sendable {
        var plan: Int64
        var version: Int
        var actions: [PlanActionRecord]
    }

    struct ScenarioBody: Codable, Sendable {
        var moreReferralsPercent: Double?
        var closedWeeks: [String]?
        var buy: [String: Double]?
        var extraOperationResource: String?
    }

    struct Pair: Codable, Sendable {
        var baseline: Double
        var scenario: Double
        var change: Double

        init(_ pair: ScenarioComparison.Pair) {
            baseline = pair.baseline
            scenario = pair.scenario
            change = pair.change
        }
    }

    struct ResourceGap: Codable, Sendable {
        var resource: String
        var measure: String
        var gap: Pair
        var shortfall: Pair
    }

    struct WaitingList: Codable, Sendable {
        var name: String
        var waiting: Pair
        var shareWithinLimit: Pair
    }

    struct Scenario: Codable, Sendable {
        var baseline: String
        var scenario: String
        var productionNeed: Pair
        var deliveredProduction: Pair
        var resourceGaps: [ResourceGap]
        var waitingLists: [WaitingList]
        var warnings: [String]

        init(_ comparison: ScenarioComparison) {
            baseline = comparison.baselineName
            scenario = comparison.scenarioName
            productionNeed = Pair(comparison.productionNeed)
            deliveredProduction = Pair(comparison.deliveredProduction)
            resourceGaps = comparison.resourceGaps.map {
                ResourceGap(
                    resource: $0.resourceCode, measure: $0.measure.rawValue, gap: Pair($0.gap),
                    shortfall: Pair($0.shortfall))
            }
            waitingLists = comparison.waitingLists.map {
                WaitingList(name: $0.name, waiting: Pair($0.waiting), shareWithinLimit: Pair($0.shareWithinLimit))
            }
            warnings = comparison.warnings
        }
    }

    struct GoalBody: Codable, Sendable {
        var year: Int
        var quarter: Int?
        var volume: Double
        var specialty: String?
    }

    struct Goals: Codable, Sendable {
        var plan: Int64
        var version: Int
        var goals: [ProductionGoal]
        var deviations: [String]
    }

    struct Day: Codable, Sendable {
        var date: String
        var volume: Double
    }

    struct Days: Codable, Sendable {
        var object: String
        var week: String
        var total: Double
        var days: [Day]
        var removedHolidays: [String]
    }

    struct WaitingWeek: Codable, Sendable {
        var week: String
        var waiting: Double
        var shareWaitingWithinLimit: Double
        var treated: Double
        var shareTreatedWithinLimit: Double?
        var meanWeeksWaited: Double
    }

    struct Waiting: Codable, Sendable {
        var object: String
        var snapshotDate: String?
        var limitDays: Double
        var load: Double?
        var diagnostic: String?
        var weeks: [WaitingWeek]
    }
}
