/// One named series of values, one per category label; nil where there is no value (the line breaks there).
public struct ChartSeries: Sendable, Hashable {
    /// The name shown in the legend and as the table column header, e.g. "Utfall".
    public var name: String
    /// One value per label; nil for a gap. NaN and ±∞ are dropped with a note under the chart.
    public var values: [Double?]
    /// Colour, dash pattern and markers.
    public var style: ChartSeriesStyle

    /// A series; the default style picks the next palette colour, solid, with markers.
    public init(name: String, values: [Double?], style: ChartSeriesStyle = .automatic) {
        self.name = name
        self.values = values
        self.style = style
    }
}

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

/// A shaded band between a lower and an upper series, e.g. an 80 % or 95 % forecast interval.
public struct ChartBand: Sendable, Hashable {
    /// The name in the legend and the table, e.g. "95 % prognosintervall".
    public var name: String
    /// The lower bound per label; nil where the band is absent.
    public var lower: [Double?]
    /// The upper bound per label; nil where the band is absent.
    public var upper: [Double?]
    /// The fill colour.
    public var colour: ChartColour
    /// The fill opacity, 0–1; narrower intervals are usually drawn darker.
    public var opacity: Double

    /// A band.
    public init(name: String, lower: [Double?], upper: [Double?], colour: ChartColour = .orange, opacity: Double = 0.2)
    {
        self.name = name
        self.lower = lower
        self.upper = upper
        self.colour = colour
        self.opacity = opacity
    }
}

/// A horizontal line at a fixed value, e.g. a target waiting-list size.
public struct ChartReferenceLine: Sendable, Hashable {
    /// The name in the legend, e.g. "Mål".
    public var name: String
    /// The value where the line is drawn.
    public var value: Double
    /// The colour.
    public var colour: ChartColour
    /// The dash pattern.
    public var pattern: LinePattern

    /// A reference line; red and dotted by default, like a target.
    public init(name: String, value: Double, colour: ChartColour = .red, pattern: LinePattern = .dotted) {
        self.name = name
        self.value = value
        self.colour = colour
        self.pattern = pattern
    }
}
