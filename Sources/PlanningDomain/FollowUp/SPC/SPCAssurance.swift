/// Whether a process, as its limits describe it, can be expected to meet a target.
public enum SPCAssurance: String, CaseIterable, Sendable, Codable {
    /// The whole band between the limits is on the good side of the target: the target is consistently met.
    case consistentlyMet
    /// The whole band is on the bad side: the target is consistently missed unless the process changes.
    case consistentlyMissed
    /// The target lies within the limits: it will be met some weeks and missed others.
    case inconsistent
    /// No target was given, or the indicator has no better side (``SPCDirection/neutral``).
    case noTarget

    /// The verdict for `target` against the limits `lower...upper` of an indicator with `direction`.
    ///
    /// A value equal to the target counts as meeting it, so a lower limit exactly at the target of a
    /// higher-is-better indicator is "consistently met".
    public static func verdict(
        target: Double?, lower: Double, upper: Double, direction: SPCDirection
    ) -> SPCAssurance {
        guard let target else { return .noTarget }
        switch direction {
        case .neutral:
            return .noTarget
        case .higherIsBetter:
            if lower >= target { return .consistentlyMet }
            if upper < target { return .consistentlyMissed }
            return .inconsistent
        case .lowerIsBetter:
            if upper <= target { return .consistentlyMet }
            if lower > target { return .consistentlyMissed }
            return .inconsistent
        }
    }

    /// Swedish label for planners.
    public var swedishName: String {
        switch self {
        case .consistentlyMet: "målet nås varje gång"
        case .consistentlyMissed: "målet nås inte utan förändring"
        case .inconsistent: "målet nås ibland"
        case .noTarget: "inget mål"
        }
    }
}
