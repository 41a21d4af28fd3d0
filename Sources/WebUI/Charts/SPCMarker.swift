/// The point shapes of an SPC chart; each classification has its own shape and colour, so it reads in
/// greyscale print and for colour-blind readers.
enum SPCMarker {
    case diamond
    case triangle
    case circle

    var colour: ChartColour {
        switch self {
        case .diamond: .blue
        case .triangle: .orange
        case .circle: .grey
        }
    }

    /// The marker centred on (x, y); `isLegend` gives it a class that tells it apart from plotted points.
    func node(x: Double, y: Double, isLegend: Bool = false) -> HTMLNode {
        let n = SVGNumber.format
        let kind =
            switch self {
            case .diamond: "improvement"
            case .triangle: "concern"
            case .circle: "neutral"
            }
        let className: HTMLAttribute = .class(isLegend ? "legend-marker" : "point point-\(kind)")
        switch self {
        case .circle:
            return .circle(
                className, HTMLAttribute("cx", n(x)), HTMLAttribute("cy", n(y)),
                HTMLAttribute("r", "3.5"), HTMLAttribute("fill", colour.hex)
            )
        case .diamond:
            let points = [(x, y - 6), (x + 6, y), (x, y + 6), (x - 6, y)]
            return .polygon(
                className, HTMLAttribute("points", Self.pointList(points)),
                HTMLAttribute("fill", colour.hex)
            )
        case .triangle:
            let points = [(x, y - 6.5), (x + 6, y + 4.5), (x - 6, y + 4.5)]
            return .polygon(
                className, HTMLAttribute("points", Self.pointList(points)),
                HTMLAttribute("fill", colour.hex)
            )
        }
    }

    static func pointList(_ points: [(Double, Double)]) -> String {
        points.map { SVGNumber.format($0.0) + "," + SVGNumber.format($0.1) }.joined(separator: " ")
    }
}
