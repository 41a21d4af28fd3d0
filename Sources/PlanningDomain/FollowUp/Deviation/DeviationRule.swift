/// Why a deviation item was opened.
public enum DeviationReason: Hashable, Sendable, Codable {
    /// The outcome is behind the plan by at least the threshold.
    case belowPlan(deviation: Double, relative: Double?)
    /// The outcome is ahead of the plan by at least the threshold (capacity may be spare: act on that too).
    case abovePlan(deviation: Double, relative: Double?)
    /// The SPC chart shows a special cause in the week.
    case specialCause(SPCSignal, SPCAssessment)

    /// A Swedish description, e.g. "under plan med 12,0 (−15 %)".
    public var swedishDescription: String {
        switch self {
        case let .belowPlan(deviation, relative), let .abovePlan(deviation, relative):
            let side = deviation < 0 ? "under" : "över"
            let percent = relative.map { " (" + FollowUpFormat.percent(abs($0)) + ")" } ?? ""
            return "\(side) plan med \(FollowUpFormat.decimal(abs(deviation)))\(percent)"
        case let .specialCause(signal, assessment):
            return "\(assessment.swedishName): \(signal.rule.swedishName)"
        }
    }
}

/// When a follow-up figure opens a deviation item ("avvikelse"): beyond a threshold in percent and/or in
/// absolute numbers, and/or on an SPC special cause.
///
/// A threshold is met at or beyond its value: with `relativeThreshold` 0.1, 10 % behind plan opens an item.
/// A week with nothing planned has no relative deviation, so only the absolute threshold can catch it.
public struct DeviationRule: Hashable, Sendable, Codable {
    /// How two thresholds combine.
    public enum Combination: String, Sendable, Codable {
        /// Either threshold is enough.
        case either
        /// Both thresholds must be met (e.g. at least 10 % and at least 5 visits, so small objects stay quiet).
        case both
    }

    /// Which side of the plan counts.
    public enum Sides: String, Sendable, Codable {
        /// Only outcome behind plan.
        case belowPlanOnly
        /// Behind or ahead of plan.
        case bothSides
    }

    /// Which SPC special causes open an item.
    public enum SpecialCauses: String, Sendable, Codable {
        /// None: thresholds only.
        case ignore
        /// Special causes read as a concern.
        case concernsOnly
        /// Every special cause, including improvements and neutral ones.
        case all
    }

    /// The relative threshold as a fraction of the plan (0.1 = 10 %); nil for none.
    public var relativeThreshold: Double?
    /// The absolute threshold in the figure's unit; nil for none.
    public var absoluteThreshold: Double?
    /// How the two thresholds combine when both are set.
    public var combination: Combination
    /// Which side of the plan counts.
    public var sides: Sides
    /// Which special causes count.
    public var specialCauses: SpecialCauses

    /// Creates a rule. By default 10 % behind plan, or a special cause of concern, opens an item.
    public init(
        relativeThreshold: Double? = 0.1, absoluteThreshold: Double? = nil, combination: Combination = .either,
        sides: Sides = .belowPlanOnly, specialCauses: SpecialCauses = .concernsOnly
    ) {
        self.relativeThreshold = relativeThreshold
        self.absoluteThreshold = absoluteThreshold
        self.combination = combination
        self.sides = sides
        self.specialCauses = specialCauses
    }

    /// The reasons `figures` (and the week's SPC point, when given) open an item; empty when they do not.
    public func reasons(for figures: PlannedActual, spc point: SPCPoint? = nil) -> [DeviationReason] {
        var result: [DeviationReason] = []
        if figures.deviation != 0, sides == .bothSides || figures.deviation < 0 {
            let relative = figures.relativeDeviation
            let tests = [
                relativeThreshold.map { threshold in relative.map { abs($0) >= threshold } ?? false },
                absoluteThreshold.map { abs(figures.deviation) >= $0 },
            ].compactMap { $0 }
            let met = combination == .either ? tests.contains(true) : (!tests.isEmpty && !tests.contains(false))
            if met {
                result.append(
                    figures.deviation < 0
                        ? .belowPlan(deviation: figures.deviation, relative: relative)
                        : .abovePlan(deviation: figures.deviation, relative: relative))
            }
        }
        if let point, let signal = point.primarySignal {
            let counts =
                switch specialCauses {
                case .ignore: false
                case .concernsOnly: point.assessment == .concern
                case .all: true
                }
            if counts { result.append(.specialCause(signal, point.assessment)) }
        }
        return result
    }

    /// An opening for a deviation item when the rule is met; nil otherwise.
    public func opening(
        id: String, unitCode: String, objectCode: String? = nil, week: ISOWeek, figures: PlannedActual,
        spc point: SPCPoint? = nil
    ) -> DeviationOpening? {
        let reasons = reasons(for: figures, spc: point)
        guard !reasons.isEmpty else { return nil }
        return DeviationOpening(
            id: id, unitCode: unitCode, objectCode: objectCode, week: week, reasons: reasons, figures: figures)
    }
}
