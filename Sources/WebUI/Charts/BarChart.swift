/// A bar chart over categories: grouped bars (e.g. plan and outcome per week), or one series of positive and
/// negative bars (e.g. the gap between capacity and need) coloured by sign, always with a zero line.
public struct BarChart: Sendable, Hashable {
    /// Colours and legend names for bars above and below zero.
    public struct SignColouring: Sendable, Hashable {
        /// Legend name for positive bars, e.g. "Överskott".
        public var positiveName: String
        /// Legend name for negative bars, e.g. "Underskott".
        public var negativeName: String
        /// Colour of positive bars.
        public var positiveColour: ChartColour
        /// Colour of negative bars.
        public var negativeColour: ChartColour

        /// Sign colouring; the defaults fit a capacity balance (surplus blue, shortfall orange).
        public init(
            positiveName: String = "Överskott", negativeName: String = "Underskott",
            positiveColour: ChartColour = .blue, negativeColour: ChartColour = .orange
        ) {
            self.positiveName = positiveName
            self.negativeName = negativeName
            self.positiveColour = positiveColour
            self.negativeColour = negativeColour
        }
    }

    /// Title, id, unit and table settings.
    public var options: ChartOptions
    /// One label per category.
    public var labels: [String]
    /// One bar per series in each category group, in this order.
    public var series: [ChartSeries]
    /// When set, bars are coloured by sign and the legend names the signs instead of the series.
    public var signColouring: SignColouring?
    /// Horizontal lines such as a target.
    public var referenceLines: [ChartReferenceLine]

    /// A bar chart.
    public init(
        options: ChartOptions, labels: [String], series: [ChartSeries], signColouring: SignColouring? = nil,
        referenceLines: [ChartReferenceLine] = []
    ) {
        self.options = options
        self.labels = labels
        self.series = series
        self.signColouring = signColouring
        self.referenceLines = referenceLines
    }

    /// The chart in a `<figure>`, with a note for dropped values and the data as a table.
    public func figure() -> HTMLNode {
        let (cleaned, dropped) = prepared()
        let values = cleaned.flatMap { $0.values.compactMap { $0 } }
        guard !values.isEmpty else {
            return ChartFigure.figure(
                options: options, svg: ChartFigure.emptySVG(options: options), dropped: dropped, table: nil)
        }
        let table = ChartFigure.table(
            options: options, labels: labels, columns: cleaned.map { (name: $0.name, values: $0.values) })
        return ChartFigure.figure(options: options, svg: svg(cleaned), dropped: dropped, table: table)
    }

    /// The SVG alone.
    public func svg() -> HTMLNode {
        svg(prepared().series)
    }

    private func prepared() -> (series: [ChartSeries], dropped: Int) {
        var dropped = 0
        let cleaned = series.map { series -> ChartSeries in
            let result = ChartValues.finite(series.values)
            dropped += result.dropped
            let values = labels.indices.map { $0 < result.values.count ? result.values[$0] : nil }
            return ChartSeries(name: series.name, values: values, style: series.style)
        }
        return (cleaned, dropped)
    }

    private func svg(_ cleaned: [ChartSeries]) -> HTMLNode {
        let values = cleaned.flatMap { $0.values.compactMap { $0 } }
        guard !values.isEmpty else { return ChartFigure.emptySVG(options: options) }
        // Bars start at zero, so zero is always on the axis.
        let domain = values + [0] + referenceLines.map(\.value).filter(\.isFinite)
        let scale = NiceScale(minimum: domain.min()!, maximum: domain.max()!)
        let canvas = ChartCanvas(scale: scale, categoryCount: labels.count, plotHeight: options.plotHeight)
        let colours = cleaned.indices.map { cleaned[$0].style.colour ?? ChartColour.automatic($0) }
        var entries: [ChartLegend.Entry]
        if let signs = signColouring {
            entries = [
                .init(name: signs.positiveName, swatch: .bar(signs.positiveColour)),
                .init(name: signs.negativeName, swatch: .bar(signs.negativeColour)),
            ]
        } else {
            entries = cleaned.indices.map { .init(name: cleaned[$0].name, swatch: .bar(colours[$0])) }
        }
        entries += referenceLines.map { .init(name: $0.name, swatch: .line($0.colour, $0.pattern)) }
        let legend = ChartLegend(entries: entries)
        let legendWidth = canvas.plotRight - canvas.plotLeft
        let height = canvas.axisBottom + legend.height(width: legendWidth) + 8
        let summary = ChartFigure.summary(
            kind: "Stapeldiagram", labels: labels, names: cleaned.map(\.name), values: values)
        let groupWidth = canvas.slot * 0.8
        let barWidth = groupWidth / Double(max(1, cleaned.count))
        let zeroY = canvas.y(0)
        return ChartFigure.svg(options: options, height: height, summary: summary) {
            canvas.valueAxis(unit: options.unit)
            canvas.categoryAxis(labels: labels)
            HTMLNode.g(.class("bars")) {
                for (seriesIndex, series) in cleaned.enumerated() {
                    for (index, value) in series.values.enumerated() {
                        if let value {
                            let colour =
                                signColouring.map { value < 0 ? $0.negativeColour : $0.positiveColour }
                                ?? colours[seriesIndex]
                            let x = canvas.x(index) - groupWidth / 2 + Double(seriesIndex) * barWidth
                            let y = canvas.y(value)
                            HTMLNode.rect(
                                .class(value < 0 ? "bar bar-negative" : "bar"),
                                HTMLAttribute("data-series", series.name),
                                canvas.attribute("x", x + 0.5), canvas.attribute("y", min(y, zeroY)),
                                canvas.attribute("width", max(1, barWidth - 1)),
                                canvas.attribute("height", abs(y - zeroY)),
                                HTMLAttribute("fill", colour.hex)
                            ) {
                                HTMLNode.svgTitle {
                                    "\(series.name) \(labels[index]): \(SwedishFormat.value(value))"
                                }
                            }
                        }
                    }
                }
            }
            // Drawn after the bars so it stays visible where bars meet it.
            ChartLines.horizontal(canvas: canvas, y: zeroY, colour: .grey, pattern: .solid, className: "zero-line")
            for line in referenceLines where line.value.isFinite {
                ChartLines.horizontal(
                    canvas: canvas, y: canvas.y(line.value), colour: line.colour, pattern: line.pattern,
                    className: "reference-line")
            }
            legend.node(left: canvas.plotLeft, top: canvas.axisBottom, width: legendWidth)
        }
    }
}
