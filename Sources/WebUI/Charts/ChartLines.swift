/// Drawing of lines shared by the line, SPC and waiting-list charts.
enum ChartLines {
    /// Consecutive index runs where `present` is true, e.g. [t, t, f, t] → [[0, 1], [3]].
    static func runs(_ present: [Bool]) -> [[Int]] {
        var runs: [[Int]] = []
        var current: [Int] = []
        for (index, isPresent) in present.enumerated() {
            if isPresent {
                current.append(index)
            } else if !current.isEmpty {
                runs.append(current)
                current = []
            }
        }
        if !current.isEmpty { runs.append(current) }
        return runs
    }

    /// A horizontal line across the plot at `y`.
    static func horizontal(
        canvas: ChartCanvas, y: Double, colour: ChartColour, pattern: LinePattern, className: String,
        from startX: Double? = nil, to endX: Double? = nil
    ) -> HTMLNode {
        var attributes = [
            .class(className), canvas.attribute("x1", startX ?? canvas.plotLeft),
            canvas.attribute("x2", endX ?? canvas.plotRight),
            canvas.attribute("y1", y), canvas.attribute("y2", y), HTMLAttribute("stroke", colour.hex),
            HTMLAttribute("stroke-width", "2"),
        ]
        if let dash = pattern.dashArray { attributes.append(HTMLAttribute("stroke-dasharray", dash)) }
        return .element("line", attributes)
    }

    /// One series: a path broken at gaps, plus markers (for every point up to `markerLimit` categories, and
    /// always for isolated points, which a path alone would not show).
    static func series(
        _ series: ChartSeries, colour: ChartColour, canvas: ChartCanvas, labels: [String], markerLimit: Int
    ) -> HTMLNode {
        let runs = runs(series.values.map { $0 != nil })
        var path = ""
        for run in runs {
            for (position, index) in run.enumerated() {
                path += (position == 0 ? (path.isEmpty ? "M" : " M") : " L")
                path += SVGNumber.format(canvas.x(index)) + " " + SVGNumber.format(canvas.y(series.values[index]!))
            }
        }
        var pathAttributes = [
            .class("series-line"), HTMLAttribute("data-series", series.name), HTMLAttribute("d", path),
            HTMLAttribute("fill", "none"), HTMLAttribute("stroke", colour.hex), HTMLAttribute("stroke-width", "2.5"),
            HTMLAttribute("stroke-linejoin", "round"), HTMLAttribute("stroke-linecap", "round"),
        ]
        if let dash = series.style.pattern.dashArray { pathAttributes.append(HTMLAttribute("stroke-dasharray", dash)) }
        let allMarkers = series.style.markers && labels.count <= markerLimit
        return .g(.class("series")) {
            HTMLNode.element("path", pathAttributes)
            for run in runs where allMarkers || run.count == 1 {
                for index in run {
                    HTMLNode.circle(
                        .class("marker"), canvas.attribute("cx", canvas.x(index)),
                        canvas.attribute("cy", canvas.y(series.values[index]!)), HTMLAttribute("r", "3.5"),
                        HTMLAttribute("fill", colour.hex), HTMLAttribute("stroke", "#fff"),
                        HTMLAttribute("stroke-width", "1")
                    ) {
                        HTMLNode.svgTitle {
                            "\(series.name) \(labels[index]): \(SwedishFormat.value(series.values[index]))"
                        }
                    }
                }
            }
        }
    }
}
