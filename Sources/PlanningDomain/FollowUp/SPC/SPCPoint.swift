/// One point of an XmR chart with everything the chart knows about it.
public struct SPCPoint: Hashable, Sendable, Codable {
    /// Position in the series (0 for the first value).
    public var index: Int
    /// The period's label, e.g. "2025-W07" (the index + 1 when the chart was built without periods).
    public var label: String
    /// The value.
    public var value: Double
    /// |value − previous value| within the segment; nil for a segment's first point.
    public var movingRange: Double?
    /// Which segment (0-based, in order of rebasing) the point belongs to.
    public var segment: Int
    /// Every rule that flagged the point, in precedence order (empty: common cause).
    public var signals: [SPCSignal]
    /// The reading of the point: by the highest-precedence signal and the indicator's direction.
    public var assessment: SPCAssessment

    /// Creates a point.
    public init(
        index: Int, label: String, value: Double, movingRange: Double?, segment: Int, signals: [SPCSignal],
        assessment: SPCAssessment
    ) {
        self.index = index
        self.label = label
        self.value = value
        self.movingRange = movingRange
        self.segment = segment
        self.signals = signals
        self.assessment = assessment
    }

    /// The highest-precedence signal, which decides ``assessment``; nil for common cause.
    public var primarySignal: SPCSignal? { signals.first }

    /// Whether any rule flagged the point.
    public var isSpecialCause: Bool { !signals.isEmpty }

    /// The variation icon for this point.
    public var variationIcon: SPCVariationIcon { SPCVariationIcon(assessment: assessment, side: primarySignal?.side) }
}
