/// An XmR (individuals and moving range) chart in the NHS "Making Data Count" convention.
///
/// Built from a series of values in time order: per segment the mean, the screened mean moving range and the
/// limits; per point the special-cause signals (rules 1–4 with precedence) and a reading by the indicator's
/// direction; for the chart an assurance verdict against the target (using the latest segment's limits) and the
/// variation icon of the latest point. Rebasing starts a new segment at each break: limits and rules are
/// computed afresh there, and moving ranges never span a break.
public struct XmRChart: Hashable, Sendable, Codable {
    /// The values in time order.
    public let values: [Double]
    /// Which way is better.
    public let direction: SPCDirection
    /// The target, when the indicator has one.
    public let target: Double?
    /// The settings used.
    public let configuration: SPCConfiguration
    /// Limits per segment, in order; one segment unless rebased.
    public let segments: [SPCLimits]
    /// Every point, in order.
    public let points: [SPCPoint]

    /// Builds a chart from `values`, starting a new segment at each index in `rebaseAt`.
    ///
    /// - Parameters:
    ///   - labels: one label per value (e.g. week descriptions); nil labels the points "1", "2", ….
    ///   - rebaseAt: indices where new limits start, strictly increasing, each in `1..<values.count`.
    /// - Throws: ``SPCError`` for a non-finite value, a bad break, too few points in a segment or a bad setting.
    public init(
        values: [Double], labels: [String]? = nil, direction: SPCDirection, target: Double? = nil,
        rebaseAt breaks: [Int] = [], configuration: SPCConfiguration = .standard
    ) throws(SPCError) {
        try configuration.validate()
        let labels = labels ?? values.indices.map { String($0 + 1) }
        guard labels.count == values.count else {
            throw .invalidPeriods("\(labels.count) etiketter men \(values.count) värden; ange en per värde.")
        }
        if let bad = values.firstIndex(where: { !$0.isFinite }) { throw .nonFiniteValue(period: labels[bad]) }
        if let target, !target.isFinite { throw .nonFiniteValue(period: "målet") }
        var previous = 0
        for index in breaks {
            guard index > previous, index < values.count else {
                throw .invalidBreak(
                    "brytpunkten \(index) måste ligga efter \(previous) och före \(values.count) "
                        + "(brytpunkter i stigande ordning, inuti serien).")
            }
            previous = index
        }
        let bounds = [0] + breaks + [values.count]
        var segments: [SPCLimits] = []
        for (start, end) in zip(bounds, bounds.dropFirst()) {
            guard end - start >= configuration.minimumPoints else {
                let first = labels.isEmpty ? "början" : labels[min(start, labels.count - 1)]
                throw .tooFewPoints(segmentStart: first, count: end - start, minimum: configuration.minimumPoints)
            }
            segments.append(
                SPCLimits.compute(values: values, range: start..<end, screening: configuration.screensMovingRanges))
        }
        var points: [SPCPoint] = []
        points.reserveCapacity(values.count)
        for (segmentNumber, limits) in segments.enumerated() {
            let signals = SPCRuleDetection.signals(values: values, limits: limits, configuration: configuration)
            for index in limits.indices {
                // Precedence: rule 1 before 2 before 3 before 4; the first signal decides the reading.
                let sorted = (signals[index] ?? []).sorted { ($0.rule, $0.side.rawValue) < ($1.rule, $1.side.rawValue) }
                let assessment = sorted.first.map { SPCAssessment.of(side: $0.side, direction: direction) }
                points.append(
                    SPCPoint(
                        index: index, label: labels[index], value: values[index],
                        movingRange: index > limits.startIndex ? abs(values[index] - values[index - 1]) : nil,
                        segment: segmentNumber, signals: sorted, assessment: assessment ?? .commonCause))
            }
        }
        self.values = values
        self.direction = direction
        self.target = target
        self.configuration = configuration
        self.segments = segments
        self.points = points
    }

    /// Builds a chart from values per period (weeks, months, …), rebasing at the given periods.
    ///
    /// - Throws: ``SPCError/invalidPeriods(_:)`` when periods are not strictly increasing or do not match the
    ///   values; ``SPCError/invalidBreak(_:)`` when a rebase period is not one of the periods (or is the first).
    public init<Period: Comparable & CustomStringConvertible>(
        periods: [Period], values: [Double], direction: SPCDirection, target: Double? = nil,
        rebaseAt breakPeriods: [Period] = [], configuration: SPCConfiguration = .standard
    ) throws(SPCError) {
        guard periods.count == values.count else {
            throw .invalidPeriods("\(periods.count) perioder men \(values.count) värden; ange ett värde per period.")
        }
        for (earlier, later) in zip(periods, periods.dropFirst()) where !(earlier < later) {
            throw .invalidPeriods(
                "\(later) kommer efter \(earlier); perioderna måste vara i stigande ordning utan dubletter.")
        }
        var breaks: [Int] = []
        for period in breakPeriods.sorted() {
            guard let index = periods.firstIndex(of: period) else {
                throw .invalidBreak("perioden \(period) finns inte i serien.")
            }
            breaks.append(index)
        }
        try self.init(
            values: values, labels: periods.map(\.description), direction: direction, target: target,
            rebaseAt: breaks, configuration: configuration)
    }

    /// The limits of the latest segment, which describe the process as it is now.
    public var currentLimits: SPCLimits { segments[segments.count - 1] }

    /// The assurance verdict: the target against the latest segment's limits.
    public var assurance: SPCAssurance {
        SPCAssurance.verdict(
            target: target, lower: currentLimits.lowerLimit, upper: currentLimits.upperLimit, direction: direction)
    }

    /// The variation icon of the latest point.
    public var variationIcon: SPCVariationIcon { points[points.count - 1].variationIcon }

    /// The points flagged as special causes.
    public var specialCausePoints: [SPCPoint] { points.filter(\.isSpecialCause) }
}
