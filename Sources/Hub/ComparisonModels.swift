import HubStore
import Hummingbird
import PlanningDomain

/// The JSON of a national comparison (GET /api/v1/comparisons).
struct ComparisonResponse: ResponseEncodable {
    struct Indicator: Codable {
        var id: String
        var version: Int
        var name: String
        var unit: String
        var direction: String
        var basis: String
        var suppressionThreshold: Int

        init(_ definition: IndicatorDefinition) {
            id = definition.id
            version = definition.version
            name = definition.name
            unit = definition.unit.rawValue
            direction = definition.direction.rawValue
            basis = definition.basis.rawValue
            suppressionThreshold = definition.suppressionThreshold
        }
    }

    struct National: Codable {
        var value: Double
        var numerator: Double
        var denominator: Double?
        var regionCount: Int
    }

    struct Trend: Codable {
        var movement: String
        var assessment: String?
        var slope: Double?
        var periodCount: Int
        var changeFromSamePeriodLastYear: Double?

        init(_ trend: IndicatorTrend) {
            movement = trend.movement.rawValue
            assessment = trend.assessment?.rawValue
            slope = trend.slope
            periodCount = trend.periodCount
            changeFromSamePeriodLastYear = trend.changeFromSamePeriodLastYear
        }
    }

    struct Region: Codable {
        var code: String
        var name: String
        /// "reported", "suppressed" or "not_available".
        var status: String
        var value: Double?
        var numerator: Double?
        var denominator: Double?
        var rank: Int?
        var trend: Trend
        var isCaller: Bool
    }

    var indicator: Indicator
    var group: String
    var period: String
    var rankOrder: String
    var national: National?
    var nationalSuppressed: Bool
    var median: Double?
    var lowerQuartile: Double?
    var upperQuartile: Double?
    var participatingRegions: Int
    var own: Region?
    var regions: [Region]
    /// Which disclosure protection was applied before publishing.
    var protection: String

    init(_ result: ComparisonService.Result, callerCode: String?) {
        let comparison = result.comparison
        indicator = Indicator(result.definition)
        group = comparison.group
        period = comparison.period.description
        rankOrder = comparison.rankOrder.rawValue
        nationalSuppressed = result.nationalSuppressed
        national =
            result.nationalSuppressed
            ? nil
            : comparison.national.map {
                National(
                    value: $0.value, numerator: $0.numerator, denominator: $0.denominator, regionCount: $0.regionCount)
            }
        median = comparison.median
        lowerQuartile = comparison.lowerQuartile
        upperQuartile = comparison.upperQuartile
        regions = comparison.regions.map { standing in
            var status = "not_available"
            var numerator: Double?
            var denominator: Double?
            switch standing.figure {
            case .reported(let top, let bottom):
                status = "reported"
                numerator = top
                denominator = bottom
            case .suppressed: status = "suppressed"
            case .notAvailable: break
            }
            return Region(
                code: standing.regionCode,
                name: SwedishRegion.withCode(standing.regionCode)?.name ?? standing.regionCode,
                status: status, value: standing.value, numerator: numerator, denominator: denominator,
                rank: standing.rank, trend: Trend(standing.trend), isCaller: standing.regionCode == callerCode)
        }
        participatingRegions = regions.count { $0.rank != nil }
        own = regions.first { $0.isCaller }
        protection = "primary-suppression"
    }
}

/// The JSON of a region's overview (GET /api/v1/comparisons/overview).
struct OverviewResponse: ResponseEncodable {
    struct Line: Codable {
        var indicator: String
        var version: Int
        var name: String
        var unit: String
        var direction: String
        var group: String
        var period: String
        var ownStatus: String
        var ownValue: Double?
        var ownRank: Int?
        var median: Double?
        var lowerQuartile: Double?
        var upperQuartile: Double?
        var participatingRegions: Int
    }

    var region: String
    var lines: [Line]

    init(region: String, lines: [ComparisonService.OverviewLine]) {
        self.region = region
        self.lines = lines.map { line in
            let comparison = line.result.comparison
            let status: String =
                switch line.standing?.figure {
                case .reported: "reported"
                case .suppressed: "suppressed"
                default: "not_available"
                }
            return Line(
                indicator: line.definition.id, version: line.definition.version, name: line.definition.name,
                unit: line.definition.unit.rawValue, direction: line.definition.direction.rawValue, group: line.group,
                period: line.period.description, ownStatus: status, ownValue: line.standing?.value,
                ownRank: line.standing?.rank, median: comparison.median, lowerQuartile: comparison.lowerQuartile,
                upperQuartile: comparison.upperQuartile,
                participatingRegions: comparison.regions.count { $0.rank != nil })
        }
    }
}
