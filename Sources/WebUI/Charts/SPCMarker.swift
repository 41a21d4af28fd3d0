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

    /// The marker centred on (x, y).
    func node(x: Double, y: Double) -> HTMLNode {
        let n = SVGNumber.format
        switch self {
        case .circle:
            return .circle(
                .class("point point-neutral"), HTMLAttribute("cx", n(x)), HTMLAttribute("cy", n(y)),
                HTMLAttribute("r", "3.5"), HTMLAttribute("fill", colour.hex)
            )
        case .diamond:
            let points = [(x, y - 6), (x + 6, y), (x, y + 6), (x - 6, y)]
            return .polygon(
                .class("point point-improvement"), HTMLAttribute("points", Self.pointList(points)),
                HTMLAttribute("fill", colour.hex)
            )
        case .triangle:
            let points = [(x, y - 6.5), (x + 6, y + 4.5), (x - 6, y + 4.5)]
            return .polygon(
                .class("point point-concern"), HTMLAttribute("points", Self.pointList(points)),
                HTMLAttribute("fill", colour.hex)
            )
        }
    }

    static func pointList(_ points: [(Double, Double)]) -> String {
        points.map { SVGNumber.format($0.0) + "," + SVGNumber.format($0.1) }.joined(separator: " ")
    }
}
