/// The legend under a chart: a swatch and a name per entry, wrapped into rows that fit the width.
struct ChartLegend {
    /// What an entry's swatch looks like; it repeats the mark used in the plot.
    enum Swatch {
        case line(ChartColour, LinePattern)
        case lineWithMarker(ChartColour, LinePattern)
        case area(ChartColour, opacity: Double)
        case bar(ChartColour)
        case marker(SPCMarker)
    }

    struct Entry {
        let name: String
        let swatch: Swatch
    }

    static let rowHeight = 20.0

    let entries: [Entry]

    /// Entries with their x offsets, wrapped into rows of at most `width`.
    func rows(width: Double) -> [[(entry: Entry, x: Double)]] {
        var rows: [[(entry: Entry, x: Double)]] = []
        var current: [(entry: Entry, x: Double)] = []
        var x = 0.0
        for entry in entries {
            // A slightly narrower estimate than for axis labels: legend gaps may vary, labels must not collide.
            let entryWidth = 30 + Double(entry.name.count) * 6.3 + 18
            if !current.isEmpty && x + entryWidth > width {
                rows.append(current)
                current = []
                x = 0
            }
            current.append((entry, x))
            x += entryWidth
        }
        if !current.isEmpty { rows.append(current) }
        return rows
    }

    func height(width: Double) -> Double {
        Double(rows(width: width).count) * Self.rowHeight
    }

    /// The legend group, its first row's top at `top`.
    func node(left: Double, top: Double, width: Double) -> HTMLNode {
        .g(.class("legend")) {
            for (rowIndex, row) in rows(width: width).enumerated() {
                let y = top + Double(rowIndex) * Self.rowHeight + 10
                for (entry, x) in row {
                    HTMLNode.g(.class("legend-item")) {
                        swatch(entry.swatch, x: left + x, y: y)
                        HTMLNode.svgText(
                            HTMLAttribute("x", SVGNumber.format(left + x + 30)),
                            HTMLAttribute("y", SVGNumber.format(y + 4)),
                            HTMLAttribute("fill", "#222")
                        ) { entry.name }
                    }
                }
            }
        }
    }

    private func swatch(_ swatch: Swatch, x: Double, y: Double) -> HTMLNode {
        let n = SVGNumber.format
        switch swatch {
        case .line(let colour, let pattern):
            var attributes = [
                HTMLAttribute("x1", n(x)), HTMLAttribute("x2", n(x + 24)), HTMLAttribute("y1", n(y)),
                HTMLAttribute("y2", n(y)), HTMLAttribute("stroke", colour.hex), HTMLAttribute("stroke-width", "2.5"),
            ]
            if let dash = pattern.dashArray { attributes.append(HTMLAttribute("stroke-dasharray", dash)) }
            return .element("line", attributes)
        case .lineWithMarker(let colour, let pattern):
            return .g {
                self.swatch(.line(colour, pattern), x: x, y: y)
                HTMLNode.circle(
                    HTMLAttribute("cx", n(x + 12)), HTMLAttribute("cy", n(y)), HTMLAttribute("r", "3.5"),
                    HTMLAttribute("fill", colour.hex)
                )
            }
        case .area(let colour, let opacity):
            return .rect(
                HTMLAttribute("x", n(x)), HTMLAttribute("y", n(y - 6)), HTMLAttribute("width", "24"),
                HTMLAttribute("height", "12"), HTMLAttribute("fill", colour.hex),
                HTMLAttribute("fill-opacity", SVGNumber.format(opacity))
            )
        case .bar(let colour):
            return .rect(
                HTMLAttribute("x", n(x + 6)), HTMLAttribute("y", n(y - 6)), HTMLAttribute("width", "12"),
                HTMLAttribute("height", "12"), HTMLAttribute("fill", colour.hex)
            )
        case .marker(let marker):
            return marker.node(x: x + 12, y: y, isLegend: true)
        }
    }
}
