/// What every chart needs besides its data: a title, a unique id, texts for screen readers and the table.
public struct ChartOptions: Sendable, Hashable {
    /// The visible title, also the SVG `<title>` and the fallback table's caption.
    public var title: String
    /// A page-unique id; the SVG's `<title>`/`<desc>` ids derive from it. Characters other than letters,
    /// digits, `-` and `_` are replaced by `-`.
    public var id: String
    /// A sentence for screen readers (`<desc>`); nil generates one from the data.
    public var summary: String?
    /// The unit of the values, shown above the value axis, e.g. "patienter per vecka".
    public var unit: String?
    /// The header of the category column in the data table, e.g. "Vecka" or "Månad".
    public var categoryTitle: String
    /// Decimals in the data table; nil uses 0 for whole numbers and 1 otherwise.
    public var tableDecimals: Int?
    /// The height of the drawing area in SVG units (the width is always 720; the SVG scales to its container).
    public var plotHeight: Double

    /// Options for a chart.
    public init(
        title: String, id: String, summary: String? = nil, unit: String? = nil, categoryTitle: String = "Vecka",
        tableDecimals: Int? = nil, plotHeight: Double = 240
    ) {
        self.title = title
        self.id = HTMLAttribute.identifier(id)
        self.summary = summary
        self.unit = unit
        self.categoryTitle = categoryTitle
        self.tableDecimals = tableDecimals
        self.plotHeight = max(120, plotHeight)
    }
}
