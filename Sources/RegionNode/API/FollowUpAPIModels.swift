import PlanningDomain

/// JSON shapes of the follow-up endpoints (v1).
enum FollowUpAPI {
    struct Figures: Codable, Sendable {
        var planned: Double
        var actual: Double
        var deviation: Double
        var relativeDeviation: Double?
        var normalWeeks: PlannedActual
        var lowProductionWeeks: PlannedActual

        init(_ split: PlannedActualSplit) {
            planned = split.all.planned
            actual = split.all.actual
            deviation = split.all.deviation
            relativeDeviation = split.all.relativeDeviation
            normalWeeks = split.normalWeeks
            lowProductionWeeks = split.lowProductionWeeks
        }
    }

    struct Row: Codable, Sendable {
        var code: String
        var name: String
        var kind: String
        var figures: Figures

        init(_ row: FollowUpRow) {
            code = row.scope.code
            name = row.name
            if case .object = row.scope { kind = "object" } else { kind = "unit" }
            figures = Figures(row.figures)
        }
    }

    struct Overview: Codable, Sendable {
        var firstWeek: String
        var lastWeek: String
        var period: String
        var plans: [PlanRef]
        var scope: String
        var total: Figures
        var rows: [Row]
        var furthestBehind: [Row]
    }

    struct PlanRef: Codable, Sendable {
        var id: Int64
        var name: String
        var version: Int
    }

    struct ObjectChart: Codable, Sendable {
        var object: String
        var weeks: [String]
        var values: [Double]
        var target: Double?
        var limits: [SPCLimits]
        var points: [SPCPoint]
        var assurance: String
        var weekly: [WeekFigures]
    }

    struct WeekFigures: Codable, Sendable {
        var week: String
        var planned: Double
        var actual: Double
    }

    struct Deviation: Codable, Sendable {
        var id: String
        var unit: String
        var responsibleUnit: String
        var object: String?
        var week: String
        var status: String
        var statusName: String
        var reasons: [String]
        var planned: Double?
        var actual: Double?
        var comments: [DeviationComment]
        var escalations: [DeviationEscalation]
        var resolutions: [DeviationNote]

        init(_ item: DeviationItem) {
            id = item.id
            unit = item.opening.unitCode
            responsibleUnit = item.responsibleUnitCode
            object = item.opening.objectCode
            week = item.opening.week.description
            status = item.status.rawValue
            statusName = item.status.swedishName
            reasons = item.opening.reasons.map(\.swedishDescription)
            planned = item.opening.figures?.planned
            actual = item.opening.figures?.actual
            comments = item.comments
            escalations = item.escalations
            resolutions = item.resolutions
        }
    }

    struct DeviationList: Codable, Sendable {
        var currentWeek: String?
        var deviations: [Deviation]
    }

    struct CommentBody: Codable, Sendable {
        var cause: String
        var action: String
        var owner: String
        var user: String?
    }

    struct ResolveBody: Codable, Sendable {
        var note: String
        var user: String?
    }

    struct RoundBody: Codable, Sendable {
        var week: String
    }

    struct RoundResult: Codable, Sendable {
        var week: String
        var opened: [String]
        var escalated: [String]
    }
}
