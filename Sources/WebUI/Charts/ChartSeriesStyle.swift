/// How a series is drawn.
public struct ChartSeriesStyle: Sendable, Hashable {
    /// The colour, or nil for the palette colour by series position.
    public var colour: ChartColour?
    /// The line's dash pattern (line charts only).
    public var pattern: LinePattern
    /// Whether points get a marker (line charts draw markers only up to 60 points, and always for one point).
    public var markers: Bool

    /// A style.
    public init(colour: ChartColour? = nil, pattern: LinePattern = .solid, markers: Bool = true) {
        self.colour = colour
        self.pattern = pattern
        self.markers = markers
    }

    /// The next palette colour, solid, with markers.
    public static let automatic = ChartSeriesStyle()
    /// Outcome ("utfall"): blue, solid, markers.
    public static let actual = ChartSeriesStyle(colour: .blue, pattern: .solid, markers: true)
    /// A plan: grey, dashed, no markers.
    public static let plan = ChartSeriesStyle(colour: .grey, pattern: .dashed, markers: false)
    /// A forecast or projection: orange, dashed, no markers.
    public static let forecast = ChartSeriesStyle(colour: .orange, pattern: .dashed, markers: false)
    /// A target: red, dotted, no markers.
    public static let target = ChartSeriesStyle(colour: .red, pattern: .dotted, markers: false)
}
