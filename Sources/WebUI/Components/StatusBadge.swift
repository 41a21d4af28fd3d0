/// A short status word in a coloured pill. The word carries the meaning; the colour only repeats it.
public struct StatusBadge: Sendable, Hashable {
    /// The colour family.
    public enum Tone: String, Sendable, Hashable {
        /// Green: agreed, on plan, resolved.
        case positive
        /// Red: a deviation without comment, escalated.
        case negative
        /// Amber: needs attention.
        case warning
        /// Blue: information, e.g. a proposal.
        case info
        /// Grey: drafts, old versions.
        case neutral
    }

    /// The text, in Swedish.
    public var text: String
    /// The colour family.
    public var tone: Tone

    /// A badge.
    public init(_ text: String, tone: Tone) {
        self.text = text
        self.tone = tone
    }

    /// The badge element.
    public func node() -> HTMLNode {
        .span(.class("badge badge-\(tone.rawValue)")) { text }
    }

    /// A plan version agreed between levels.
    public static let agreed = StatusBadge("Överenskommen", tone: .positive)
    /// A plan version proposed for agreement.
    public static let proposal = StatusBadge("Förslag", tone: .info)
    /// A plan version being edited.
    public static let draft = StatusBadge("Utkast", tone: .neutral)
    /// A plan version replaced by a newer agreement.
    public static let superseded = StatusBadge("Ersatt", tone: .neutral)
    /// Outcome within the deviation threshold.
    public static let onPlan = StatusBadge("Enligt plan", tone: .positive)
    /// Outcome below plan beyond the threshold.
    public static let belowPlan = StatusBadge("Under plan", tone: .warning)
    /// Outcome above plan beyond the threshold.
    public static let abovePlan = StatusBadge("Över plan", tone: .info)
    /// A deviation that still needs a comment.
    public static let deviationOpen = StatusBadge("Avvikelse – ej kommenterad", tone: .negative)
    /// A deviation with a comment (cause, action, owner).
    public static let deviationCommented = StatusBadge("Avvikelse – kommenterad", tone: .warning)
    /// A deviation escalated to the next level.
    public static let escalated = StatusBadge("Eskalerad", tone: .negative)
    /// A deviation whose action is done.
    public static let resolved = StatusBadge("Åtgärdad", tone: .positive)
}
