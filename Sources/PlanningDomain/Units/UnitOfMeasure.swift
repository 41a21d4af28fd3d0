/// A unit that tags a ``Quantity`` so quantities of different units cannot be mixed by accident.
///
/// Units are caseless enums: they exist only as type parameters and are never instantiated.
public protocol UnitOfMeasure: Sendable {
    /// A short symbol for display, e.g. "d" for days.
    static var symbol: String { get }
    /// The Swedish name in plural, e.g. "dagar".
    static var swedishName: String { get }
}
