/// A waiting-list chart: the actual list size, its projection (optionally with an interval) and a target
/// level, on an axis that starts at zero so the size of the list reads honestly.
public struct WaitingListChart: Sendable, Hashable {
    /// Title, id, unit and table settings.
    public var options: ChartOptions
    /// One label per week.
    public var labels: [String]
    /// The observed number waiting per week; nil for weeks in the future.
    public var actual: [Double?]
    /// The projected number waiting per week; nil where there is no projection.
    public var projected: [Double?]
    /// An interval around the projection, if the simulation gives one.
    public var projectionBand: ChartBand?
    /// The target list size (e.g. the target queue size from Little's law), if there is one.
    public var target: Double?

    /// A waiting-list chart.
    public init(
        options: ChartOptions, labels: [String], actual: [Double?], projected: [Double?],
        projectionBand: ChartBand? = nil, target: Double? = nil
    ) {
        self.options = options
        self.labels = labels
        self.actual = actual
        self.projected = projected
        self.projectionBand = projectionBand
        self.target = target
    }

    /// The same chart as a ``LineChart``.
    public var lineChart: LineChart {
        LineChart(
            options: options, labels: labels,
            series: [
                ChartSeries(name: "Väntande, utfall", values: actual, style: .actual),
                ChartSeries(name: "Väntande, prognos", values: projected, style: .forecast),
            ],
            bands: projectionBand.map { [$0] } ?? [],
            referenceLines: target.map { [ChartReferenceLine(name: "Målnivå", value: $0)] } ?? [],
            includesZero: true)
    }

    /// The chart in a `<figure>`.
    public func figure() -> HTMLNode { lineChart.figure() }

    /// The SVG alone.
    public func svg() -> HTMLNode { lineChart.svg() }
}
