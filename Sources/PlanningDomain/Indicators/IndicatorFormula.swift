/// What an indicator computes, in terms of a region node's data: a closed set of formulas, so every region counts
/// the same way and a catalogue can never contain a formula the software cannot compute.
///
/// Every formula works per group (specialty or planning-object group) and period. Flows are summed over the
/// period's ISO weeks; stocks (the waiting list) are read from the period's last snapshot. Counts have no
/// denominator; rates carry numerator and denominator so disclosure control can judge both.
/// The canonical text form (``canonicalText``) is what is hashed and sent over the wire.
public enum IndicatorFormula: Hashable, Sendable {
    /// Inflöde: Σ new referrals / waiting-list entries over the period.
    case inflow
    /// Produktion: Σ performed visits, operations or bed-days over the period.
    case production
    /// Produktion mot plan: Σ production / Σ planned volume over the period.
    case productionVersusPlan
    /// Antal väntande: entries on the waiting list in the period's last snapshot.
    case waiting
    /// Antal väntande längre än `days` dagar: entries in the period's last snapshot that have waited more than
    /// `days` days on the snapshot date.
    case waitingLongerThan(days: Int)
    /// Andel väntande inom `days` dagar: entries that have waited at most `days` days / all entries, from the
    /// period's last snapshot.
    case shareWaitingWithin(days: Int)
    /// Andel behandlade inom `days` dagar: completed waits ending in the period with a wait of at most `days`
    /// days / all completed waits ending in the period.
    case shareTreatedWithin(days: Int)
    /// Prognosfel (WAPE): Σ |inflow − forecast inflow| / Σ inflow, with the absolute error taken per planning
    /// object and week before summing, so errors in different objects do not cancel.
    case forecastError
    /// Beläggningsgrad: Σ occupied bed-days / Σ (staffed beds × 7) over the period's weeks.
    case bedOccupancy
    /// Strykningar: Σ cancelled procedures over the period.
    case cancellations
    /// Andel strykningar: Σ cancellations / (Σ cancellations + Σ production) over the period.
    case cancellationShare
    /// Nyttjandegrad för begränsande kapacitet: Σ capacity used / Σ capacity available, over the region's limiting
    /// resources measured in `measure`. Used capacity is production × resource use per unit (kapacitetsåtgång).
    case limitingCapacityUtilisation(measure: ResourceMeasure)

    /// Whether the formula is a rate (numerator / denominator) rather than a count.
    public var isRate: Bool {
        switch self {
        case .inflow, .production, .waiting, .waitingLongerThan, .cancellations: false
        case .productionVersusPlan, .shareWaitingWithin, .shareTreatedWithin, .forecastError, .bedOccupancy,
            .cancellationShare, .limitingCapacityUtilisation:
            true
        }
    }

    /// The units a definition using this formula may declare.
    public var allowedUnits: Set<IndicatorUnit> {
        switch self {
        case .inflow, .waiting, .waitingLongerThan, .cancellations: [.patients]
        case .production: [.activities]
        case .shareWaitingWithin, .shareTreatedWithin, .cancellationShare: [.share]
        case .productionVersusPlan, .forecastError, .bedOccupancy, .limitingCapacityUtilisation: [.ratio]
        }
    }

    /// Whether the formula needs capacity attributed to groups, which is only defined per specialty (capacity
    /// belongs to units, and a unit's specialty is known; its split over contact types is not).
    public var needsCapacity: Bool {
        switch self {
        case .bedOccupancy, .limitingCapacityUtilisation: true
        default: false
        }
    }

    /// The waiting-time limit in days, for the formulas that have one.
    public var limitDays: Int? {
        switch self {
        case .waitingLongerThan(let days), .shareWaitingWithin(let days), .shareTreatedWithin(let days): days
        default: nil
        }
    }

    /// The formula names this version knows, with their arguments, for error messages.
    public static let knownNames =
        "inflow, production, production-vs-plan, waiting, waiting-longer-than(dagar), share-waiting-within(dagar), "
        + "share-treated-within(dagar), forecast-error, bed-occupancy, cancellations, cancellation-share, "
        + "limiting-capacity-utilisation(hours|days|beds|sessions)"

    /// The largest waiting-time limit a formula accepts (ten years).
    public static let maximumLimitDays = 3650

    /// The stable text form, e.g. `share-waiting-within(90)` or `limiting-capacity-utilisation(hours)`.
    public var canonicalText: String {
        switch self {
        case .inflow: "inflow"
        case .production: "production"
        case .productionVersusPlan: "production-vs-plan"
        case .waiting: "waiting"
        case .waitingLongerThan(let days): "waiting-longer-than(\(days))"
        case .shareWaitingWithin(let days): "share-waiting-within(\(days))"
        case .shareTreatedWithin(let days): "share-treated-within(\(days))"
        case .forecastError: "forecast-error"
        case .bedOccupancy: "bed-occupancy"
        case .cancellations: "cancellations"
        case .cancellationShare: "cancellation-share"
        case .limitingCapacityUtilisation(let measure): "limiting-capacity-utilisation(\(measure.rawValue))"
        }
    }

    /// Parses the ``canonicalText`` form exactly.
    ///
    /// - Throws: ``IndicatorCatalogueError/unknownFormula(text:)`` for a name the software does not know, or
    ///   ``IndicatorCatalogueError/invalidFormulaParameter(text:reason:)`` for a known name with a bad argument.
    public static func parse(_ text: String) throws(IndicatorCatalogueError) -> IndicatorFormula {
        let name: Substring
        let argument: Substring?
        if let open = text.firstIndex(of: "(") {
            guard text.hasSuffix(")") else { throw .unknownFormula(text: text) }
            name = text[..<open]
            argument = text[text.index(after: open)..<text.index(before: text.endIndex)]
        } else {
            name = Substring(text)
            argument = nil
        }
        switch (name, argument) {
        case ("inflow", nil): return .inflow
        case ("production", nil): return .production
        case ("production-vs-plan", nil): return .productionVersusPlan
        case ("waiting", nil): return .waiting
        case ("waiting-longer-than", let argument?): return .waitingLongerThan(days: try days(argument, in: text))
        case ("share-waiting-within", let argument?): return .shareWaitingWithin(days: try days(argument, in: text))
        case ("share-treated-within", let argument?): return .shareTreatedWithin(days: try days(argument, in: text))
        case ("forecast-error", nil): return .forecastError
        case ("bed-occupancy", nil): return .bedOccupancy
        case ("cancellations", nil): return .cancellations
        case ("cancellation-share", nil): return .cancellationShare
        case ("limiting-capacity-utilisation", let argument?):
            guard let measure = ResourceMeasure(rawValue: String(argument)) else {
                let measures = ResourceMeasure.allCases.map(\.rawValue).joined(separator: ", ")
                throw .invalidFormulaParameter(text: text, reason: "måttet måste vara ett av \(measures)")
            }
            return .limitingCapacityUtilisation(measure: measure)
        default:
            throw .unknownFormula(text: text)
        }
    }

    /// A parameter problem, or nil when the formula's parameters are valid.
    var parameterProblem: String? {
        guard let days = limitDays else { return nil }
        guard days >= 1, days <= Self.maximumLimitDays else {
            return "gränsen måste vara 1–\(Self.maximumLimitDays) dagar, inte \(days)"
        }
        return nil
    }

    private static func days(_ argument: Substring, in text: String) throws(IndicatorCatalogueError) -> Int {
        // Digits only: no sign, no spaces, no leading zeros, so the canonical text has exactly one spelling.
        guard !argument.isEmpty, argument.count <= 4, argument.allSatisfy({ $0.isASCII && $0.isNumber }),
            argument.first != "0", let days = Int(argument)
        else {
            throw .invalidFormulaParameter(text: text, reason: "gränsen ska anges som ett heltal antal dagar")
        }
        return days
    }
}

extension IndicatorFormula: Codable {
    /// Decodes the ``canonicalText`` form; an unknown formula is a decoding error naming it.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        do {
            self = try Self.parse(text)
        } catch {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(codingPath: decoder.codingPath, debugDescription: error.message))
        }
    }

    /// Encodes as the ``canonicalText`` form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(canonicalText)
    }
}
