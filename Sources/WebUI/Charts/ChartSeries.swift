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
