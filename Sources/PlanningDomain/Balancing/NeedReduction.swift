/// A reduction of a planning object's production need (new way of working, fewer revisits, …), counted only when
/// realised: PKS never counts an effect before it is in place.
public struct NeedReduction: Sendable, Hashable {
    /// Name shown to planners.
    public var name: String
    /// The planning object's code.
    public var objectCode: String
    /// Fewer units of production per week, from `from` to the end of the horizon.
    public var perWeek: Double
    /// First week the reduction applies.
    public var from: ISOWeek
    /// True only when the effect has been achieved and measured.
    public var realised: Bool

    /// Creates a reduction.
    public init(name: String, objectCode: String, perWeek: Double, from: ISOWeek, realised: Bool) {
        self.name = name
        self.objectCode = objectCode
        self.perWeek = perWeek
        self.from = from
        self.realised = realised
    }
}
