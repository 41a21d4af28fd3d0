/// An SPC XmR chart ("Making Data Count"): the values joined by a line, the centre line, the upper and lower
/// process limits, an optional target, and each point marked by its classification with its own shape.
///
/// Centre and limits are given per point so a rebased chart (new limits after a change) draws its limits as
/// separate steps. The chart only draws; the limits and classifications come from the SPC calculation.
public struct SPCChart: Sendable, Hashable {
    /// Title, id, unit and table settings.
    public var options: ChartOptions
    /// One label per point.
    public var labels: [String]
    /// The measured values.
    public var values: [Double?]
    /// The centre line (mean) per point.
    public var centre: [Double?]
    /// The upper process limit per point.
    public var upperLimit: [Double?]
    /// The lower process limit per point.
    public var lowerLimit: [Double?]
    /// The target, if the indicator has one.
    public var target: Double?
    /// The classification per point; missing entries count as neutral.
    public var classifications: [SPCPointKind]

    /// A chart with limits per point (for rebased limits).
    public init(
        options: ChartOptions, labels: [String], values: [Double?], centre: [Double?], upperLimit: [Double?],
        lowerLimit: [Double?], target: Double? = nil, classifications: [SPCPointKind]
    ) {
        self.options = options
        self.labels = labels
        self.values = values
        self.centre = centre
        self.upperLimit = upperLimit
        self.lowerLimit = lowerLimit
        self.target = target
        self.classifications = classifications
    }

    /// A chart with one centre line and one pair of limits for all points.
    public init(
        options: ChartOptions, labels: [String], values: [Double?], mean: Double, upperLimit: Double,
        lowerLimit: Double, target: Double? = nil, classifications: [SPCPointKind]
    ) {
        let count = labels.count
        self.init(
            options: options, labels: labels, values: values, centre: Array(repeating: mean, count: count),
            upperLimit: Array(repeating: upperLimit, count: count),
            lowerLimit: Array(repeating: lowerLimit, count: count), target: target, classifications: classifications)
    }

    /// The chart in a `<figure>`, with a note for dropped values and the data as a table.
    public func figure() -> HTMLNode {
        let prepared = Prepared(self)
        guard !prepared.pointValues.isEmpty else {
            return ChartFigure.figure(
                options: options, svg: ChartFigure.emptySVG(options: options), dropped: prepared.dropped, table: nil)
        }
        var columns = [
            (name: "Värde", values: prepared.values), (name: "Medelvärde", values: prepared.centre),
            (name: "Övre kontrollgräns", values: prepared.upper), (name: "Nedre kontrollgräns", values: prepared.lower),
        ]
        if let target = prepared.target {
            columns.append((name: "Mål", values: labels.map { _ in target }))
        }
        let kinds = labels.indices.map { index in
            prepared.values[index] == nil ? "" : prepared.kind(index).swedishName
        }
        let table = ChartFigure.table(
            options: options, labels: labels, columns: columns, textColumns: [(name: "Klassning", values: kinds)])
        return ChartFigure.figure(options: options, svg: svg(prepared), dropped: prepared.dropped, table: table)
    }

    /// The SVG alone.
    public func svg() -> HTMLNode {
        let prepared = Prepared(self)
        return prepared.pointValues.isEmpty ? ChartFigure.emptySVG(options: options) : svg(prepared)
    }

    /// Inputs screened for non-finite values and aligned with the labels.
    struct Prepared {
        let values: [Double?]
        let centre: [Double?]
        let upper: [Double?]
        let lower: [Double?]
        let target: Double?
        let classifications: [SPCPointKind]
        let dropped: Int

        init(_ chart: SPCChart) {
            var dropped = 0
            func clean(_ values: [Double?]) -> [Double?] {
                let result = ChartValues.finite(values)
                dropped += result.dropped
                return chart.labels.indices.map { $0 < result.values.count ? result.values[$0] : nil }
            }
            values = clean(chart.values)
            centre = clean(chart.centre)
            upper = clean(chart.upperLimit)
            lower = clean(chart.lowerLimit)
            if let target = chart.target, !target.isFinite { dropped += 1 }
            target = chart.target.flatMap { $0.isFinite ? $0 : nil }
            classifications = chart.classifications
            self.dropped = dropped
        }

        var pointValues: [Double] { values.compactMap { $0 } }

        func kind(_ index: Int) -> SPCPointKind {
            index < classifications.count ? classifications[index] : .neutral
        }
    }

    private func svg(_ prepared: Prepared) -> HTMLNode {
        let domain =
            prepared.pointValues + prepared.centre.compactMap { $0 } + prepared.upper.compactMap { $0 }
            + prepared.lower.compactMap { $0 } + (prepared.target.map { [$0] } ?? [])
        let scale = NiceScale(minimum: domain.min()!, maximum: domain.max()!)
        let canvas = ChartCanvas(scale: scale, categoryCount: labels.count, plotHeight: options.plotHeight)
        var entries: [ChartLegend.Entry] = [
            .init(name: "Värde", swatch: .lineWithMarker(.grey, .solid)),
            .init(name: "Medelvärde", swatch: .line(.grey, .solid)),
            .init(name: "Kontrollgränser", swatch: .line(.grey, .dashed)),
        ]
        if prepared.target != nil { entries.append(.init(name: "Mål", swatch: .line(.red, .dotted))) }
        entries += SPCPointKind.allCases.map { .init(name: $0.swedishName, swatch: .marker($0.marker)) }
        let legend = ChartLegend(entries: entries)
        let legendWidth = canvas.plotRight - canvas.plotLeft
        let height = canvas.axisBottom + legend.height(width: legendWidth) + 8
        let specialCauses = labels.indices.filter { prepared.values[$0] != nil && prepared.kind($0) != .neutral }.count
        let summary =
            ChartFigure.summary(kind: "Styrdiagram (XmR)", labels: labels, names: [], values: prepared.pointValues)
            + " \(specialCauses) av \(prepared.pointValues.count) punkter visar särskild orsak."
        let valueSeries = ChartSeries(
            name: "Värde", values: prepared.values, style: ChartSeriesStyle(colour: .grey, markers: false))
        return ChartFigure.svg(options: options, height: height, summary: summary) {
            canvas.valueAxis(unit: options.unit)
            canvas.categoryAxis(labels: labels)
            steps(prepared.upper, canvas: canvas, colour: .grey, pattern: .dashed, className: "upper-limit")
            steps(prepared.lower, canvas: canvas, colour: .grey, pattern: .dashed, className: "lower-limit")
            steps(prepared.centre, canvas: canvas, colour: .grey, pattern: .solid, className: "centre-line")
            if let target = prepared.target {
                ChartLines.horizontal(
                    canvas: canvas, y: canvas.y(target), colour: .red, pattern: .dotted, className: "target-line")
            }
            ChartLines.series(valueSeries, colour: .grey, canvas: canvas, labels: labels, markerLimit: 0)
            HTMLNode.g(.class("points")) {
                for (index, value) in prepared.values.enumerated() {
                    if let value {
                        let kind = prepared.kind(index)
                        HTMLNode.g(.class("spc-point")) {
                            HTMLNode.svgTitle {
                                "\(labels[index]): \(SwedishFormat.value(value)) – \(kind.swedishName)"
                            }
                            kind.marker.node(x: canvas.x(index), y: canvas.y(value))
                        }
                    }
                }
            }
            legend.node(left: canvas.plotLeft, top: canvas.axisBottom, width: legendWidth)
        }
    }

    /// A per-point level drawn as horizontal steps: one line per run of equal values, so rebased limits show
    /// as separate segments rather than a slanted join.
    private func steps(
        _ levels: [Double?], canvas: ChartCanvas, colour: ChartColour, pattern: LinePattern, className: String
    ) -> HTMLNode {
        var segments: [(first: Int, last: Int, value: Double)] = []
        for (index, level) in levels.enumerated() {
            guard let level else { continue }
            if let last = segments.last, last.last == index - 1, last.value == level {
                segments[segments.count - 1].last = index
            } else {
                segments.append((index, index, level))
            }
        }
        let half = canvas.slot / 2
        return .g(.class(className + "s")) {
            for segment in segments {
                ChartLines.horizontal(
                    canvas: canvas, y: canvas.y(segment.value), colour: colour, pattern: pattern, className: className,
                    from: canvas.x(segment.first) - half, to: canvas.x(segment.last) + half)
            }
        }
    }
}
