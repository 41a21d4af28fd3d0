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
