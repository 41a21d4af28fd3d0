/// One indicator, group and period across the regions: the national figure, median and quartiles, each region's
/// rank and trend. Regions whose figure is suppressed or not available are listed but take no part.
///
/// - National figure: for counts the sum of the regions' counts; for rates the ratio of sums
///   (Σ numerators / Σ denominators), so large and small regions weigh by their size as in a national register.
///   Suppressed regions are left out rather than estimated: adding them would let anyone subtract the published
///   regions from the total and recover the suppressed cell.
/// - Median and quartiles: ``Quantiles/type7(_:probability:)`` over the included regions' values.
/// - Rank: 1 is best (highest for higher-is-better, lowest for lower-is-better); for neutral indicators 1 is the
///   largest value and says nothing about better or worse. Ties share the best rank ("1, 2, 2, 4").
/// - Trend: ``IndicatorTrend`` over the region's published figures in the last `trendWindow` periods of the
///   same type, ending at the compared period.
public struct NationalComparison: Sendable {
    /// How ranks are ordered.
    public enum RankOrder: String, Hashable, Sendable, Codable {
        /// Rank 1 is the best value given the indicator's direction.
        case bestFirst
        /// Rank 1 is the largest value (neutral indicators).
        case largestFirst
    }

    /// The national figure over the included regions.
    public struct NationalFigure: Hashable, Sendable {
        /// Σ counts, or Σ numerators.
        public let numerator: Double
        /// Σ denominators, for rates.
        public let denominator: Double?
        /// The count, or the ratio of sums.
        public let value: Double
        /// The number of regions it covers.
        public let regionCount: Int
    }

    /// One region's place in the comparison.
    public struct RegionStanding: Hashable, Sendable {
        /// The region's county code.
        public let regionCode: String
        /// The region's figure for the compared period.
        public let figure: RegionFigure
        /// The figure's value, when it takes part.
        public let value: Double?
        /// 1 = best (or largest, see ``RankOrder``); nil when the region takes no part.
        public let rank: Int?
        /// The region's trend up to the compared period.
        public let trend: IndicatorTrend
        /// Whether disclosure control withheld the figure.
        public var isSuppressed: Bool { figure == .suppressed }
    }

    /// The indicator id.
    public let indicatorID: String
    /// The definition version every figure was computed under.
    public let definitionVersion: Int
    /// The group.
    public let group: String
    /// The compared period.
    public let period: IndicatorPeriod
    /// The indicator's direction of improvement.
    public let direction: ImprovementDirection
    /// How ``RegionStanding/rank`` is ordered.
    public let rankOrder: RankOrder
    /// The national figure; nil when no region takes part.
    public let national: NationalFigure?
    /// Median of the included regions' values.
    public let median: Double?
    /// First quartile (type 7).
    public let lowerQuartile: Double?
    /// Third quartile (type 7).
    public let upperQuartile: Double?
    /// Every region given, ordered by county code.
    public let regions: [RegionStanding]

    /// Compares `period` across the regions of `figures` (region code → period → figure), whose figures must all
    /// belong to `definition` and `group`; a region without a figure for `period` is not available there.
    public init(
        definition: IndicatorDefinition, group: String, period: IndicatorPeriod,
        figures: [String: [IndicatorPeriod: RegionFigure]], trendWindow: Int = 6
    ) {
        indicatorID = definition.id
        definitionVersion = definition.version
        self.group = group
        self.period = period
        direction = definition.direction
        rankOrder = definition.direction == .neutral ? .largestFirst : .bestFirst
        let codes = figures.keys.sorted()
        let current = codes.map { code in (code, figures[code]?[period] ?? .notAvailable) }
        // A rate without a denominator (or a count with one) is malformed and takes no part.
        let isRate = definition.formula.isRate
        let included = current.compactMap { code, figure -> (String, RegionFigure, Double)? in
            guard case .reported(_, let denominator) = figure, (denominator != nil) == isRate,
                let value = figure.value
            else { return nil }
            return (code, figure, value)
        }
        national = Self.nationalFigure(included.map(\.1), isRate: isRate)
        let sortedValues = included.map(\.2).sorted()
        median = sortedValues.isEmpty ? nil : Quantiles.type7(sorted: sortedValues, probability: 0.5)
        lowerQuartile = sortedValues.isEmpty ? nil : Quantiles.type7(sorted: sortedValues, probability: 0.25)
        upperQuartile = sortedValues.isEmpty ? nil : Quantiles.type7(sorted: sortedValues, probability: 0.75)
        let ranks = Self.ranks(included.map { ($0.0, $0.2) }, lowerIsBetter: definition.direction == .lowerIsBetter)
        let includedValues = Dictionary(uniqueKeysWithValues: included.map { ($0.0, $0.2) })
        regions = current.map { code, figure in
            RegionStanding(
                regionCode: code, figure: figure, value: includedValues[code], rank: ranks[code],
                trend: Self.trend(
                    figures[code] ?? [:], at: period, window: trendWindow, direction: definition.direction))
        }
    }

    /// Compares from flat lists as the hub stores them: computed values, and the keys disclosure control
    /// suppressed. Values of other indicators, versions or groups are ignored.
    public init(
        definition: IndicatorDefinition, group: String, period: IndicatorPeriod, values: [IndicatorValue],
        suppressed: Set<IndicatorValueKey> = [], trendWindow: Int = 6
    ) {
        var figures: [String: [IndicatorPeriod: RegionFigure]] = [:]
        func belongs(_ key: IndicatorValueKey) -> Bool {
            key.indicatorID == definition.id && key.definitionVersion == definition.version && key.group == group
        }
        for value in values where belongs(value.key) {
            figures[value.key.regionCode, default: [:]][value.key.period] = RegionFigure(value)
        }
        for key in suppressed where belongs(key) {
            figures[key.regionCode, default: [:]][key.period] = .suppressed
        }
        self.init(definition: definition, group: group, period: period, figures: figures, trendWindow: trendWindow)
    }

    /// The standing of `regionCode`, or nil if it was not given.
    public func standing(of regionCode: String) -> RegionStanding? {
        regions.first { $0.regionCode == regionCode }
    }

    /// The regions whose figure was suppressed, by code.
    public var suppressedRegionCodes: [String] {
        regions.filter(\.isSuppressed).map(\.regionCode)
    }

    private static func nationalFigure(_ figures: [RegionFigure], isRate: Bool) -> NationalFigure? {
        guard !figures.isEmpty else { return nil }
        var numerator = 0.0
        var denominator = 0.0
        for case .reported(let top, let bottom) in figures {
            numerator += top
            denominator += bottom ?? 0
        }
        guard isRate else {
            return NationalFigure(numerator: numerator, denominator: nil, value: numerator, regionCount: figures.count)
        }
        return NationalFigure(
            numerator: numerator, denominator: denominator, value: numerator / denominator,
            regionCount: figures.count)
    }

    /// Competition ranks ("1, 2, 2, 4"): rank = 1 + the number of regions strictly better.
    private static func ranks(_ values: [(String, Double)], lowerIsBetter: Bool) -> [String: Int] {
        var ranks: [String: Int] = [:]
        for (code, value) in values {
            let better = values.count { lowerIsBetter ? $0.1 < value : $0.1 > value }
            ranks[code] = better + 1
        }
        return ranks
    }

    private static func trend(
        _ figures: [IndicatorPeriod: RegionFigure], at period: IndicatorPeriod, window: Int,
        direction: ImprovementDirection
    ) -> IndicatorTrend {
        let end = period.ordinal
        let points = figures.compactMap { other, figure -> (position: Int, value: Double)? in
            guard other.type == period.type, other.ordinal <= end, other.ordinal > end - max(window, 1),
                let value = figure.value
            else { return nil }
            return (other.ordinal, value)
        }
        .sorted { $0.position < $1.position }
        let change: Double? = period.samePeriodLastYear.flatMap { earlier in
            guard let now = figures[period]?.value, let then = figures[earlier]?.value else { return nil }
            return now - then
        }
        return IndicatorTrend(points: points, direction: direction, changeFromLastYear: change)
    }
}
