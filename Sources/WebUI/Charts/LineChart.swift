/// A line chart over categories (usually ISO weeks): several series, optional shaded bands (forecast intervals)
/// and horizontal reference lines (targets).
///
/// Missing values break a line; NaN and ±∞ are dropped with a note; empty data draws "Inga data".
public struct LineChart: Sendable, Hashable {
    /// Title, id, unit and table settings.
    public var options: ChartOptions
    /// One label per category, e.g. "v. 12"; the x axis thins them so they never overlap.
    public var labels: [String]
    /// The lines, drawn in order (later on top).
    public var series: [ChartSeries]
    /// Shaded bands, drawn first; give the widest (e.g. 95 %) first so the narrower one shows on top.
    public var bands: [ChartBand]
    /// Horizontal lines such as a target.
    public var referenceLines: [ChartReferenceLine]
    /// Whether the value axis must include zero (honest for counts such as waiting lists).
    public var includesZero: Bool

    /// A line chart.
    public init(
        options: ChartOptions, labels: [String], series: [ChartSeries], bands: [ChartBand] = [],
        referenceLines: [ChartReferenceLine] = [], includesZero: Bool = false
    ) {
        self.options = options
        self.labels = labels
        self.series = series
        self.bands = bands
        self.referenceLines = referenceLines
        self.includesZero = includesZero
    }

    /// Markers are drawn for every point up to this many categories; beyond it they would clutter.
    static let markerLimit = 60

    /// The chart in a `<figure>`, with a note for dropped values and the data as a table.
    public func figure() -> HTMLNode {
        let prepared = Prepared(self)
        guard prepared.hasData else {
            return ChartFigure.figure(
                options: options, svg: ChartFigure.emptySVG(options: options), dropped: prepared.dropped, table: nil)
        }
        var columns = prepared.series.map { (name: $0.name, values: $0.values) }
        for band in prepared.bands {
            columns.append((name: "\(band.name), nedre", values: band.lower))
            columns.append((name: "\(band.name), övre", values: band.upper))
        }
        let table = ChartFigure.table(options: options, labels: labels, columns: columns)
        return ChartFigure.figure(options: options, svg: svg(prepared), dropped: prepared.dropped, table: table)
    }

    /// The SVG alone.
    public func svg() -> HTMLNode {
        let prepared = Prepared(self)
        return prepared.hasData ? svg(prepared) : ChartFigure.emptySVG(options: options)
    }

    /// Inputs with non-finite values screened out and every list cut or padded to the number of labels.
    struct Prepared {
        var series: [ChartSeries]
        var bands: [ChartBand]
        var dropped = 0
        var values: [Double] = []

        init(_ chart: LineChart) {
            var dropped = 0
            func clean(_ values: [Double?]) -> [Double?] {
                let result = ChartValues.finite(values)
                dropped += result.dropped
                return chart.labels.indices.map { $0 < result.values.count ? result.values[$0] : nil }
            }
            series = chart.series.map { ChartSeries(name: $0.name, values: clean($0.values), style: $0.style) }
            bands = chart.bands.map {
                ChartBand(
                    name: $0.name, lower: clean($0.lower), upper: clean($0.upper), colour: $0.colour,
                    opacity: $0.opacity)
            }
            self.dropped = dropped
            values =
                series.flatMap { $0.values.compactMap { $0 } }
                + bands.flatMap { $0.lower.compactMap { $0 } + $0.upper.compactMap { $0 } }
        }

        var hasData: Bool { !values.isEmpty }
    }

    private func svg(_ prepared: Prepared) -> HTMLNode {
        var domain = prepared.values + referenceLines.map(\.value).filter(\.isFinite)
        if includesZero { domain.append(0) }
        let scale = NiceScale(minimum: domain.min() ?? 0, maximum: domain.max() ?? 1)
        let canvas = ChartCanvas(scale: scale, categoryCount: labels.count, plotHeight: options.plotHeight)
        let colours = prepared.series.indices.map { prepared.series[$0].style.colour ?? ChartColour.automatic($0) }
        let legend = ChartLegend(
            entries: prepared.series.indices.map { index in
                let style = prepared.series[index].style
                let withMarkers = style.markers && labels.count <= Self.markerLimit
                return .init(
                    name: prepared.series[index].name,
                    swatch: withMarkers
                        ? .lineWithMarker(colours[index], style.pattern) : .line(colours[index], style.pattern))
            }
                + prepared.bands.map { .init(name: $0.name, swatch: .area($0.colour, opacity: $0.opacity)) }
                + referenceLines.map { .init(name: $0.name, swatch: .line($0.colour, $0.pattern)) }
        )
        let legendWidth = canvas.plotRight - canvas.plotLeft
        let height = canvas.axisBottom + legend.height(width: legendWidth) + 8
        let summary = ChartFigure.summary(
            kind: "Linjediagram", labels: labels, names: prepared.series.map(\.name) + prepared.bands.map(\.name),
            values: prepared.values)
        return ChartFigure.svg(options: options, height: height, summary: summary) {
            for band in prepared.bands { bandNode(band, canvas: canvas) }
            canvas.valueAxis(unit: options.unit)
            canvas.categoryAxis(labels: labels)
            for line in referenceLines where line.value.isFinite {
                ChartLines.horizontal(
                    canvas: canvas, y: canvas.y(line.value), colour: line.colour, pattern: line.pattern,
                    className: "reference-line")
            }
            for (index, series) in prepared.series.enumerated() {
                ChartLines.series(
                    series, colour: colours[index], canvas: canvas, labels: labels, markerLimit: Self.markerLimit)
            }
            legend.node(left: canvas.plotLeft, top: canvas.axisBottom, width: legendWidth)
        }
    }

    private func bandNode(_ band: ChartBand, canvas: ChartCanvas) -> HTMLNode {
        .g(.class("band")) {
            for run in ChartLines.runs(band.lower.indices.map { band.lower[$0] != nil && band.upper[$0] != nil }) {
                // A one-category run gets a little width so it is visible.
                let pad = run.count == 1 ? canvas.slot * 0.25 : 0
                let upper = run.map { (canvas.x($0), canvas.y(band.upper[$0]!)) }
                let lower = run.reversed().map { (canvas.x($0), canvas.y(band.lower[$0]!)) }
                let points =
                    pad > 0
                    ? [
                        (upper[0].0 - pad, upper[0].1), (upper[0].0 + pad, upper[0].1), (lower[0].0 + pad, lower[0].1),
                        (lower[0].0 - pad, lower[0].1),
                    ]
                    : upper + lower
                HTMLNode.polygon(
                    HTMLAttribute("points", SPCMarker.pointList(points)), HTMLAttribute("fill", band.colour.hex),
                    HTMLAttribute("fill-opacity", SVGNumber.format(band.opacity))
                )
            }
        }
    }
}
