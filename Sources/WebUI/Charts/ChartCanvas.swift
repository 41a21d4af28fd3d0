/// The geometry every chart shares: a 720-unit-wide SVG with a value axis on the left, categories (weeks) along
/// the bottom and a legend below. Categories are slots of equal width, so lines and bars line up.
struct ChartCanvas {
    static let width = 720.0
    static let fontSize = 12.0
    /// Roughly the width of one character at ``fontSize`` in a sans-serif font, for layout estimates.
    static let characterWidth = 6.8

    let scale: NiceScale
    let categoryCount: Int
    let plotLeft: Double
    let plotRight: Double
    let plotTop: Double
    let plotBottom: Double

    init(scale: NiceScale, categoryCount: Int, plotHeight: Double) {
        self.scale = scale
        self.categoryCount = categoryCount
        // Room on the left for the widest tick label.
        let widest = scale.ticks.map { scale.label($0).count }.max() ?? 1
        plotLeft = max(44, Double(widest) * Self.characterWidth + 16)
        plotRight = Self.width - 16
        plotTop = 28
        plotBottom = plotTop + plotHeight
    }

    /// Where the category labels end and the legend may start.
    var axisBottom: Double { plotBottom + 32 }

    /// The width of one category's slot.
    var slot: Double { (plotRight - plotLeft) / Double(max(1, categoryCount)) }

    /// The horizontal centre of category `index`.
    func x(_ index: Int) -> Double { plotLeft + (Double(index) + 0.5) * slot }

    /// The vertical position of `value`.
    func y(_ value: Double) -> Double {
        let span = scale.upper - scale.lower
        return plotBottom - (value - scale.lower) / span * (plotBottom - plotTop)
    }

    /// Grid lines, tick labels and the unit caption of the value axis.
    func valueAxis(unit: String?) -> HTMLNode {
        .g(.class("axis axis-y")) {
            if let unit {
                HTMLNode.svgText(
                    attribute("x", 4), attribute("y", plotTop - 12), .class("axis-unit"), HTMLAttribute("fill", "#333")
                ) { unit }
            }
            for tick in scale.ticks {
                let y = self.y(tick)
                HTMLNode.line(
                    attribute("x1", plotLeft), attribute("x2", plotRight), attribute("y1", y), attribute("y2", y),
                    .class("grid"), HTMLAttribute("stroke", "#d0d5da"), HTMLAttribute("stroke-width", "1")
                )
                HTMLNode.svgText(
                    attribute("x", plotLeft - 6), attribute("y", y + 4), HTMLAttribute("text-anchor", "end"),
                    HTMLAttribute("fill", "#333")
                ) { scale.label(tick) }
            }
        }
    }

    /// The baseline and the category labels, thinned so they never overlap.
    func categoryAxis(labels: [String]) -> HTMLNode {
        let step = Self.labelStep(labels: labels, slot: slot)
        return .g(.class("axis axis-x")) {
            HTMLNode.line(
                attribute("x1", plotLeft), attribute("x2", plotRight), attribute("y1", plotBottom),
                attribute("y2", plotBottom), HTMLAttribute("stroke", "#333"), HTMLAttribute("stroke-width", "1")
            )
            for (index, label) in labels.enumerated() where index % step == 0 {
                let x = self.x(index)
                HTMLNode.line(
                    attribute("x1", x), attribute("x2", x), attribute("y1", plotBottom),
                    attribute("y2", plotBottom + 5),
                    HTMLAttribute("stroke", "#333")
                )
                HTMLNode.svgText(
                    .class("x-label"), attribute("x", x), attribute("y", plotBottom + 19),
                    HTMLAttribute("text-anchor", "middle"), HTMLAttribute("fill", "#333")
                ) { label }
            }
        }
    }

    /// Show every `step`-th label, where `step` makes room for the longest label plus a gap.
    static func labelStep(labels: [String], slot: Double) -> Int {
        let longest = labels.map(\.count).max() ?? 0
        let needed = Double(longest) * characterWidth + 10
        guard slot > 0 else { return 1 }
        return max(1, Int((needed / slot).rounded(.up)))
    }

    /// A numeric SVG attribute.
    func attribute(_ name: String, _ value: Double) -> HTMLAttribute {
        HTMLAttribute(name, SVGNumber.format(value))
    }
}
