import NodeStore
import PlanningDomain

/// JSON shapes of the resource-use API.
enum ResourceUseAPI {
    /// Where a figure came from, as JSON.
    struct Origin: Codable, Sendable {
        /// history, fallback or manual.
        var kind: String
        /// The Swedish description.
        var description: String
        var weeks: Int?
        var rootMeanSquareError: Double?
        var reason: String?
        var setBy: String?
        var setAt: String?

        init(_ origin: ResourceUseSource.Origin) {
            kind = origin.kind
            description = origin.swedishDescription
            switch origin {
            case .history(let weeks, let rmse):
                self.weeks = weeks
                rootMeanSquareError = rmse
            case .fallback(let reason): self.reason = reason
            case .manual(let by, let at, let reason):
                setBy = by
                setAt = at
                self.reason = reason
            }
        }
    }

    struct Row: Codable, Sendable {
        var unit: String
        var resource: String
        var object: String?
        var measure: String
        /// What the figures are: minutes per unit, days of stay per admission, amount per unit.
        var figureUnit: String
        var estimate: Double?
        var objectCount: Int
        var override: Double?
        var origin: Origin?
        var estimateOrigin: Origin?
        var rootMeanSquareError: Double?

        init(_ row: ResourceUseRow) {
            unit = row.unitCode
            resource = row.resourceCode
            object = row.objectCode
            measure = row.measure.rawValue
            figureUnit = row.figureUnit
            estimate = row.estimate
            objectCount = row.objectCount
            override = row.override
            origin = row.origin.map(Origin.init)
            estimateOrigin = row.estimateOrigin.map(Origin.init)
            rootMeanSquareError = row.rootMeanSquareError
        }
    }

    struct HistoryItem: Codable, Sendable {
        var unit: String
        var resource: String
        var object: String?
        /// nil: the override was cleared.
        var value: Double?
        var setBy: String
        var setAt: String
        var reason: String

        init(_ item: StoredResourceUseOverride) {
            unit = item.unitCode
            resource = item.resourceCode
            object = item.objectCode
            value = item.value
            setBy = item.setBy
            setAt = item.setAt
            reason = item.reason
        }
    }

    struct List: Codable, Sendable {
        var rows: [Row]
        var history: [HistoryItem]
    }

    /// PUT body: the figure (minutes for hours resources, days of stay for beds), why, and optionally one object.
    struct SetBody: Codable, Sendable {
        var minutes: Double
        var reason: String
        var object: String?
        /// Who, when the node runs without authentication.
        var user: String?
    }

    /// DELETE body (optional in the URL's query instead): why, and optionally one object.
    struct ClearBody: Codable, Sendable {
        var reason: String?
        var object: String?
        var user: String?
    }

    struct Changed: Codable, Sendable {
        var unit: String
        var resource: String
        var object: String?
        var override: Double?
        var message: String
    }
}
