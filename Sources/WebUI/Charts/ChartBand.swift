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
