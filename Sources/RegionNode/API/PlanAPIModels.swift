import NodeStore
import PlanningDomain

/// JSON shapes of the production-plan endpoints (v1). Field names are English; messages are Swedish.
enum PlanAPI {
    struct CreateBody: Codable, Sendable {
        var unit: String
        var name: String
        var user: String?
        var startWeek: String?
    }

    struct StepBody: Codable, Sendable {
        var user: String?
        var level: String?
        var comment: String?
    }

    struct EditBody: Codable, Sendable {
        var user: String?
        var level: String?
        var object: String
        var week: String
        var volume: Double
        var comment: String?
    }

    struct NewVersionBody: Codable, Sendable {
        var from: Int
        var user: String?
        var comment: String?
    }

    struct Created: Codable, Sendable {
        var id: Int64
        var version: Int
        var scope: String
        var startWeek: String
        var endWeek: String
        var weeks: Int
        var objects: Int
        var total: Double
        var objectsWithoutForecast: Int
        var filledWeeks: Int
    }

    struct Event: Codable, Sendable {
        var event: String
        var user: String
        var level: String
        var at: String
        var comment: String

        init(_ event: PlanEvent) {
            self.event = Self.name(event.kind)
            user = event.actor.userID
            level = event.actor.level.rawValue
            at = event.timestamp
            comment = event.comment
        }

        static func name(_ kind: PlanEvent.Kind) -> String {
            switch kind {
            case .created: "created"
            case .edited: "edited"
            case .proposed: "proposed"
            case .agreed: "agreed"
            case .rejected: "rejected"
            case .superseded: "superseded"
            }
        }
    }

    struct QuarterTotal: Codable, Sendable {
        var quarter: String
        var label: String
        var total: Double
    }

    struct GoalWarning: Codable, Sendable {
        var goal: String
        var kind: String
        var planned: Double
        var difference: Double
        var message: String

        init(_ deviation: GoalDeviation) {
            goal = deviation.goal.name
            kind =
                switch deviation.kind {
                case .belowGoal: "belowGoal"
                case .aboveGoal: "aboveGoal"
                case .partialCoverage: "partialCoverage"
                }
            planned = deviation.planned
            difference = deviation.difference
            message = deviation.message
        }
    }

    struct Version: Codable, Sendable {
        var number: Int
        var parent: Int?
        var status: String
        var statusName: String
        var awaiting: [String]
        var agreements: [Event]
        var history: [Event]
        var startWeek: String
        var weeks: Int
        var total: Double
        var quarterTotals: [QuarterTotal]
        var actions: [String]
        var goalWarnings: [GoalWarning]

        init(_ version: PlanVersion, actions: [PlanActionRecord], deviations: [GoalDeviation]) {
            number = version.number
            parent = version.parent
            status = version.status.rawValue
            statusName = version.status.swedishName
            awaiting = version.status == .proposed ? version.awaitingLevels.map(\.rawValue) : []
            agreements = version.agreements.map(Event.init)
            history = version.history.map(Event.init)
            startWeek = version.plan.startWeek.description
            weeks = version.plan.weekCount
            total = version.plan.grandTotal
            quarterTotals = version.plan.quarterlyTotals().sorted { $0.key < $1.key }.map {
                QuarterTotal(quarter: $0.key.description, label: $0.key.swedishLabel, total: $0.value)
            }
            self.actions = actions.map(PlanActionConversion.describe)
            goalWarnings = deviations.map(GoalWarning.init)
        }
    }

    struct Plan: Codable, Sendable {
        var id: Int64
        var name: String
        var scope: String
        var createdAt: String
        var createdBy: String
        var versions: [Version]
    }

    struct Limiting: Codable, Sendable {
        var unit: String
        var resource: String
        var period: String
        var periodLabel: String
        var measure: String
        /// Need over available capacity; nil when there is need but no capacity.
        var utilisation: Double?
        var gap: Double
        var weeks: [String]

        init(_ item: LimitingResource) {
            unit = item.unitCode
            resource = item.resourceCode
            period = item.period.description
            periodLabel = item.period.swedishLabel
            measure = item.measure.rawValue
            utilisation = item.utilisation.isFinite ? item.utilisation : nil
            gap = item.gap
            weeks = item.weeks.map(\.description)
        }
    }

    struct Shortfall: Codable, Sendable {
        var unit: String
        var resource: String
        var period: String
        var periodLabel: String
        var measure: String
        var need: Double
        var available: Double
        var gap: Double

        init(_ item: PlanShortfall) {
            unit = item.unitCode
            resource = item.resourceCode
            period = item.gap.period.description
            periodLabel = item.gap.period.swedishLabel
            measure = item.gap.measure.rawValue
            need = item.gap.need
            available = item.gap.available
            gap = item.gap.gap
        }
    }

    struct ResourceTotal: Codable, Sendable {
        var resource: String
        var measure: String
        var available: Double
        var need: Double
        var shortfallBefore: Double
        var shortfallAfter: Double

        init(_ total: PlanResourceTotal) {
            resource = total.resourceCode
            measure = total.measure.rawValue
            available = total.available
            need = total.need
            shortfallBefore = total.shortfallBefore
            shortfallAfter = total.shortfallAfter
        }
    }

    struct Balance: Codable, Sendable {
        var plan: Int64
        var version: Int
        var by: String
        var actions: [String]
        var limiting: [Limiting]
        var shortfalls: [Shortfall]
        var totals: [ResourceTotal]
        var warnings: [String]
        /// How resource use was found per (unit, resource), manual figures with who, when and why.
        var resourceUse: [ResourceUseSourceItem]
        /// Per plan week: capacity from the imported capacity plan or projected from history.
        var capacityWeeks: [CapacityWeek]

        init(plan: Int64, by granularity: BalancePeriod.Granularity, _ report: PlanBalanceReport) {
            self.plan = plan
            version = report.version
            by = granularity.rawValue
            actions = report.actions.map(PlanActionConversion.describe)
            limiting = report.limiting.map(Limiting.init)
            shortfalls = report.shortfalls.map(Shortfall.init)
            totals = report.totals.map(ResourceTotal.init)
            warnings = report.warnings
            resourceUse = report.sources.map(ResourceUseSourceItem.init)
            capacityWeeks = report.capacityWeeks.map(CapacityWeek.init)
        }
    }

    struct Effect: Codable, Sendable {
        var effect: String
        var version: Int
        var parent: Int?
        var level: String?
        var awaiting: [String]?
        var byVersion: Int?
        var message: String

        init(_ effect: PlanEffect) {
            switch effect {
            case .versionCreated(let version, let parent):
                self.init("versionCreated", version, parent: parent, message: "Version \(version) skapad (utkast).")
            case .planChanged(let version):
                self.init("planChanged", version, message: "Version \(version) är ändrad.")
            case .proposed(let version, let awaiting):
                self.init(
                    "proposed", version, awaiting: awaiting,
                    message: "Version \(version) är föreslagen. Väntar på godkännande från "
                        + awaiting.map(\.swedishName).joined(separator: " och ") + ".")
            case .agreementRecorded(let version, let level, let awaiting):
                self.init(
                    "agreementRecorded", version, level: level, awaiting: awaiting,
                    message: "Version \(version) godkänd på \(level.swedishName).")
            case .versionAgreed(let version):
                self.init("versionAgreed", version, message: "Version \(version) är överenskommen och gäller nu.")
            case .returnedToDraft(let version, let reason):
                self.init(
                    "returnedToDraft", version, message: "Version \(version) är tillbaka som utkast: \(reason)")
            case .versionSuperseded(let version, let newer):
                self.init(
                    "versionSuperseded", version, byVersion: newer,
                    message: "Version \(version) är ersatt av version \(newer).")
            }
        }

        private init(
            _ effect: String, _ version: Int, parent: Int? = nil, level: PlanningLevel? = nil,
            awaiting: [PlanningLevel]? = nil, byVersion: Int? = nil, message: String
        ) {
            self.effect = effect
            self.version = version
            self.parent = parent
            self.level = level?.rawValue
            self.awaiting = awaiting?.map(\.rawValue)
            self.byVersion = byVersion
            self.message = message
        }
    }

    struct StepResult: Codable, Sendable {
        var plan: Int64
        var version: Int
        var status: String
        var statusName: String
        var awaiting: [String]
        var effects: [Effect]
    }

    struct NewVersionResult: Codable, Sendable {
        var plan: Int64
        var number: Int
        var from: Int
        var status: String
    }
}
