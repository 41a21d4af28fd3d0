/// Wraps a chart's SVG in a `<figure>` with its title, a note about dropped values, and a `<details>` with the
/// same data as a table, so the numbers are available to screen readers, keyboard users and copy-paste.
enum ChartFigure {
    /// The SVG root: `role="img"`, labelled by its `<title>` and `<desc>`.
    static func svg(options: ChartOptions, height: Double, summary: String, @HTMLBuilder content: () -> [HTMLNode])
        -> HTMLNode
    {
        let titleID = options.id + "-titel"
        let descriptionID = options.id + "-beskrivning"
        return .element(
            "svg",
            [
                HTMLAttribute("xmlns", "http://www.w3.org/2000/svg"),
                HTMLAttribute("viewBox", "0 0 \(SVGNumber.format(ChartCanvas.width)) \(SVGNumber.format(height))"),
                HTMLAttribute("width", SVGNumber.format(ChartCanvas.width)),
                HTMLAttribute("height", SVGNumber.format(height)), .class("chart-svg"), .role("img"),
                .aria("labelledby", "\(titleID) \(descriptionID)"),
                HTMLAttribute("font-family", "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"),
                HTMLAttribute("font-size", SVGNumber.format(ChartCanvas.fontSize)),
            ],
            [
                .svgTitle(.id(titleID)) { options.title },
                .desc(.id(descriptionID)) { options.summary ?? summary },
                .rect(
                    HTMLAttribute("width", "100%"), HTMLAttribute("height", "100%"), HTMLAttribute("fill", "#fff")
                ),
            ] + content()
        )
    }

    /// The figure around `svg`.
    static func figure(options: ChartOptions, svg: HTMLNode, dropped: Int, table: DataTable?) -> HTMLNode {
        .figure(.class("chart"), .id(options.id)) {
            HTMLNode.figcaption(.class("chart-title")) { options.title }
            // Focusable so keyboard users can scroll the chart sideways on a narrow screen.
            HTMLNode.div(
                .class("chart-canvas"), .role("group"), .aria("label", options.title), HTMLAttribute("tabindex", "0")
            ) { svg }
            if let note = ChartValues.droppedNote(dropped) {
                HTMLNode.p(.class("chart-note")) { note }
            }
            if let table {
                HTMLNode.details(.class("chart-data")) {
                    HTMLNode.summary { "Visa diagrammets data som tabell" }
                    table.node()
                }
            }
        }
    }

    /// The "Inga data" drawing for a chart with nothing to show.
    static func emptySVG(options: ChartOptions) -> HTMLNode {
        let height = options.plotHeight + 60
        return svg(options: options, height: height, summary: "Diagrammet saknar data.") {
            HTMLNode.rect(
                HTMLAttribute("x", "16"), HTMLAttribute("y", "16"), HTMLAttribute("width", "688"),
                HTMLAttribute("height", SVGNumber.format(height - 32)), HTMLAttribute("fill", "#f4f6f8"),
                HTMLAttribute("stroke", "#d0d5da")
            )
            HTMLNode.svgText(
                .class("no-data"), HTMLAttribute("x", "360"), HTMLAttribute("y", SVGNumber.format(height / 2)),
                HTMLAttribute("text-anchor", "middle"), HTMLAttribute("font-size", "18"), HTMLAttribute("fill", "#333")
            ) { "Inga data" }
            HTMLNode.svgText(
                HTMLAttribute("x", "360"), HTMLAttribute("y", SVGNumber.format(height / 2 + 22)),
                HTMLAttribute("text-anchor", "middle"), HTMLAttribute("fill", "#333")
            ) { "Det finns inga värden att visa för den valda perioden." }
        }
    }

    /// The fallback table: the category column, then one number column per named value list.
    static func table(
        options: ChartOptions, labels: [String], columns: [(name: String, values: [Double?])],
        textColumns: [(name: String, values: [String])] = []
    ) -> DataTable {
        let allValues = columns.flatMap { $0.values.compactMap { $0 } }
        let decimals = options.tableDecimals ?? (allValues.allSatisfy { $0 == $0.rounded() } ? 0 : 1)
        let tableColumns =
            [DataTable.Column(options.categoryTitle)]
            + columns.map { DataTable.Column($0.name, kind: .number(decimals: decimals)) }
            + textColumns.map { DataTable.Column($0.name) }
        let rows = labels.indices.map { index -> [DataTable.Cell] in
            [.text(labels[index])]
                + columns.map { .number(index < $0.values.count ? $0.values[index] : nil) }
                + textColumns.map { .text(index < $0.values.count ? $0.values[index] : "") }
        }
        return DataTable(caption: "Data: \(options.title)", columns: tableColumns, rows: rows)
    }

    /// A generated `<desc>`: what kind of chart, over which categories, with which series and range.
    static func summary(kind: String, labels: [String], names: [String], values: [Double]) -> String {
        var text = kind
        if let first = labels.first, let last = labels.last {
            text += labels.count == 1 ? " för \(first)" : " från \(first) till \(last)"
        }
        if !names.isEmpty { text += ". Serier: " + names.joined(separator: ", ") }
        if let low = values.min(), let high = values.max() {
            text += ". Värden mellan \(SwedishFormat.value(low))"
            text += " och \(SwedishFormat.value(high))"
        }
        return text + "."
    }
}
