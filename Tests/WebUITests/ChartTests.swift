import Testing
import WebUI

@Suite struct ChartTests {
    let weeks = (1...12).map { "v. \($0)" }

    private func parse(_ node: HTMLNode) throws -> ParsedXML {
        try ParsedXML.parse(svgPart(of: node.render())!)
    }

    @Test func lineChartDrawsOnePathPerSeriesAndAMarkerPerValue() throws {
        let chart = LineChart(
            options: ChartOptions(title: "Inflöde", id: "inflode", unit: "remisser per vecka"), labels: weeks,
            series: [
                ChartSeries(name: "Utfall", values: (0..<12).map { Double(100 + $0 * 3) }, style: .actual),
                ChartSeries(name: "Plan", values: Array(repeating: 110, count: 12), style: .plan),
            ])
        let svg = try parse(chart.svg())
        #expect(svg.withClass("series-line").count == 2)
        #expect(svg.withClass("marker").count == 12)  // the plan has no markers
        #expect(svg.withClass("legend-item").count == 2)
        #expect(svg.all("svg").first?.attributes["role"] == "img")
        #expect(svg.all("title").first?.text == "Inflöde")
        #expect(svg.all("desc").first?.text.contains("Utfall") == true)
        #expect(svg.all("text").contains { $0.text == "remisser per vecka" })
    }

    @Test func gapsBreakTheLineIntoSeparateSegments() throws {
        let chart = LineChart(
            options: ChartOptions(title: "T", id: "t"), labels: ["a", "b", "c", "d", "e"],
            series: [ChartSeries(name: "S", values: [1, 2, nil, 4, 5], style: ChartSeriesStyle(markers: false))])
        let path = try parse(chart.svg()).withClass("series-line")[0].attributes["d"]!
        #expect(path.filter { $0 == "M" }.count == 2)
        #expect(path.filter { $0 == "L" }.count == 2)
    }

    @Test func aSinglePointIsStillVisible() throws {
        let chart = LineChart(
            options: ChartOptions(title: "T", id: "t"), labels: ["v. 1"],
            series: [ChartSeries(name: "S", values: [7], style: ChartSeriesStyle(markers: false))])
        let svg = try parse(chart.svg())
        #expect(svg.withClass("marker").count == 1)
    }

    @Test func forecastBandsAreShadedPolygonsInTheLegendAndTable() throws {
        let values: [Double?] = [10, 12, 11, nil, nil, nil]
        let forecast: [Double?] = [nil, nil, 11, 12, 13, 14]
        let chart = LineChart(
            options: ChartOptions(title: "Prognos", id: "p"), labels: Array(weeks.prefix(6)),
            series: [
                ChartSeries(name: "Utfall", values: values, style: .actual),
                ChartSeries(name: "Prognos", values: forecast, style: .forecast),
            ],
            bands: [
                ChartBand(
                    name: "95 % intervall", lower: [nil, nil, 11, 9, 8, 7], upper: [nil, nil, 11, 15, 18, 21],
                    opacity: 0.15),
                ChartBand(
                    name: "80 % intervall", lower: [nil, nil, 11, 10, 10, 9], upper: [nil, nil, 11, 14, 16, 19],
                    opacity: 0.3),
            ])
        let html = chart.figure().render()
        let svg = try ParsedXML.parse(svgPart(of: html)!)
        #expect(svg.all("polygon").count == 2)
        #expect(svg.withClass("legend-item").count == 4)
        #expect(html.contains("95 % intervall, övre"))
        #expect(html.contains("<details class=\"chart-data\">"))
    }

    @Test func groupedBarsDrawOneBarPerValue() throws {
        let chart = BarChart(
            options: ChartOptions(title: "Plan och utfall", id: "pu"), labels: Array(weeks.prefix(8)),
            series: [
                ChartSeries(name: "Plan", values: Array(repeating: 50, count: 8), style: .plan),
                ChartSeries(name: "Utfall", values: [48, 52, nil, 47, 55, 50, 49, 51], style: .actual),
            ])
        let svg = try parse(chart.svg())
        #expect(svg.withClass("bar").count == 15)
        #expect(svg.withClass("legend-item").count == 2)
        // Bars of one group sit side by side: the second series' bar starts where the first ends.
        let bars = svg.withClass("bar")
        let plan = bars.filter { $0.attributes["data-series"] == "Plan" }
        let outcome = bars.filter { $0.attributes["data-series"] == "Utfall" }
        #expect(abs(plan[0].double("x")! + plan[0].double("width")! + 1 - outcome[0].double("x")!) < 0.21)
    }

    @Test func signedBarsHangFromTheZeroLine() throws {
        let gaps: [Double?] = [-30, 20, -5, 40, 0, -12]
        let chart = BarChart(
            options: ChartOptions(title: "Kapacitetsbalans", id: "balans"), labels: Array(weeks.prefix(6)),
            series: [ChartSeries(name: "Balans", values: gaps)], signColouring: .init())
        let svg = try parse(chart.svg())
        let zeroY = svg.withClass("zero-line")[0].double("y1")!
        let bars = svg.withClass("bar")
        #expect(bars.count == 6)
        #expect(svg.withClass("bar-negative").count == 3)
        for (bar, value) in zip(bars, gaps.compactMap { $0 }) {
            let top = bar.double("y")!
            let bottom = top + bar.double("height")!
            if value < 0 {
                #expect(abs(top - zeroY) < 0.11)  // hangs down from zero
            } else {
                #expect(abs(bottom - zeroY) < 0.11)  // stands on zero
            }
        }
        #expect(svg.withClass("legend-item").map { $0.text }.count == 2)
        #expect(svg.all("text").contains { $0.text == "Underskott" })
    }

    @Test func spcLimitsAreDrawnAtTheValuesTheyRepresent() throws {
        let values: [Double?] = [20, 22, 19, 35, 21, 20, 8, 23, 22, 21, 20, 19]
        var kinds = Array(repeating: SPCPointKind.neutral, count: 12)
        kinds[3] = .concern
        kinds[6] = .improvement
        let chart = SPCChart(
            options: ChartOptions(title: "Strykningar", id: "spc"), labels: weeks, values: values, mean: 21,
            upperLimit: 35, lowerLimit: 7, target: 15, classifications: kinds)
        let svg = try parse(chart.svg())
        let upper = svg.withClass("upper-limit")[0].double("y1")!
        let lower = svg.withClass("lower-limit")[0].double("y1")!
        let centre = svg.withClass("centre-line")[0].double("y1")!
        let target = svg.withClass("target-line")[0].double("y1")!
        #expect(upper < centre && centre < lower)
        // Linear: (centre − lower) / (upper − lower) in pixels equals (21 − 7) / (35 − 7) in values.
        #expect(abs((centre - lower) / (upper - lower) - 0.5) < 0.01)
        #expect(abs((target - lower) / (upper - lower) - 8.0 / 28.0) < 0.01)
        // The point at 35 sits on the upper limit.
        let concern = svg.withClass("point-concern")
        #expect(concern.count == 1)
        let apexY = Double(concern[0].attributes["points"]!.split(separator: " ")[0].split(separator: ",")[1])!
        #expect(abs(apexY + 6.5 - upper) < 0.11)
        #expect(svg.withClass("point-improvement").count == 1)
        #expect(svg.withClass("point-neutral").count == 10)
        // Value, mean, limits, target and the three point kinds.
        #expect(svg.withClass("legend-item").count == 7)
    }

    @Test func rebasedSpcLimitsAreSeparateSteps() throws {
        let labels = Array(weeks.prefix(6))
        let chart = SPCChart(
            options: ChartOptions(title: "T", id: "t"), labels: labels, values: [10, 11, 9, 20, 21, 19],
            centre: [10, 10, 10, 20, 20, 20], upperLimit: [13, 13, 13, 24, 24, 24], lowerLimit: [7, 7, 7, 16, 16, 16],
            classifications: [])
        let svg = try parse(chart.svg())
        #expect(svg.withClass("upper-limit").count == 2)
        #expect(svg.withClass("centre-line").count == 2)
        #expect(svg.withClass("point-neutral").count == 6)
    }

    @Test func waitingListChartStartsAtZeroAndShowsTheTarget() throws {
        let chart = WaitingListChart(
            options: ChartOptions(title: "Väntelista", id: "vl"), labels: Array(weeks.prefix(6)),
            actual: [1200, 1180, 1150, nil, nil, nil], projected: [nil, nil, 1150, 1100, 1040, 990], target: 800)
        let svg = try parse(chart.svg())
        #expect(svg.all("text").contains { $0.text == "0" })
        #expect(svg.withClass("reference-line").count == 1)
        #expect(svg.withClass("series-line").count == 2)
        #expect(svg.all("text").contains { $0.text == "Målnivå" })
    }

    @Test func emptyChartsSayIngaDataInSwedish() throws {
        let charts: [HTMLNode] = [
            LineChart(options: ChartOptions(title: "T", id: "a"), labels: [], series: []).figure(),
            LineChart(
                options: ChartOptions(title: "T", id: "b"), labels: ["v. 1"],
                series: [ChartSeries(name: "S", values: [nil])]
            ).figure(),
            BarChart(options: ChartOptions(title: "T", id: "c"), labels: ["v. 1"], series: []).figure(),
            SPCChart(
                options: ChartOptions(title: "T", id: "d"), labels: [], values: [], mean: 0, upperLimit: 0,
                lowerLimit: 0, classifications: []
            ).figure(),
        ]
        for chart in charts {
            let svg = try ParsedXML.parse(svgPart(of: chart.render())!)
            #expect(svg.withClass("no-data").first?.text == "Inga data")
            #expect(svg.withClass("bar").isEmpty && svg.withClass("series-line").isEmpty)
        }
    }

    @Test func nonFiniteValuesAreDroppedWithANote() throws {
        let chart = LineChart(
            options: ChartOptions(title: "T", id: "t"), labels: ["a", "b", "c", "d"],
            series: [ChartSeries(name: "S", values: [1, .nan, .infinity, 4])])
        let html = chart.figure().render()
        #expect(html.contains("2 värden som inte var giltiga tal har utelämnats"))
        let svg = try ParsedXML.parse(svgPart(of: html)!)
        #expect(svg.withClass("marker").count == 2)
        #expect(!html.contains("nan") && !html.contains("inf"))
    }

    @Test func allEqualAndNegativeValuesStayInsideThePlot() throws {
        for values in [[5.0, 5, 5, 5], [-10.0, -20, -5, -30], [0.0, 0, 0, 0]] {
            let chart = LineChart(
                options: ChartOptions(title: "T", id: "t"), labels: ["a", "b", "c", "d"],
                series: [ChartSeries(name: "S", values: values)])
            let svg = try parse(chart.svg())
            let grid = svg.withClass("grid").compactMap { $0.double("y1") }
            let top = grid.min()!
            let bottom = grid.max()!
            for marker in svg.withClass("marker") {
                let y = marker.double("cy")!
                #expect(y >= top - 0.01 && y <= bottom + 0.01, "\(values)")
            }
        }
    }

    @Test func crowdedWeekLabelsAreThinnedSoTheyDoNotOverlap() throws {
        let labels = (1...52).map { "2026-W\($0 < 10 ? "0" : "")\($0)" }
        let chart = LineChart(
            options: ChartOptions(title: "T", id: "t"), labels: labels,
            series: [ChartSeries(name: "S", values: labels.indices.map { Double($0) })])
        let xLabels = try parse(chart.svg()).withClass("x-label")
        #expect(xLabels.count < 52 && xLabels.count >= 6)
        let positions = xLabels.compactMap { $0.double("x") }
        for (left, right) in zip(positions, positions.dropFirst()) {
            #expect(right - left >= 8 * 6.8)  // wider than an 8-character label
        }
        #expect(xLabels.first?.text == "2026-W01")
    }

    @Test func fallbackTableHasTheSameDataFormattedSwedishly() throws {
        let chart = BarChart(
            options: ChartOptions(title: "Produktion", id: "prod", categoryTitle: "Vecka"), labels: ["v. 1", "v. 2"],
            series: [ChartSeries(name: "Utfall", values: [1234.5, 987])])
        let html = chart.figure().render()
        #expect(html.contains("<th scope=\"col\" class=\"text\">Vecka</th>"))
        #expect(html.contains("1\u{202F}234,5"))
        #expect(html.contains("987,0"))
    }
}
