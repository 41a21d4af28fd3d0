/// Why a balancing computation or a scenario action was refused. ``message`` is Swedish, for planners.
public enum BalancingError: Error, Equatable, Sendable {
    /// The horizon has no weeks.
    case emptyHorizon
    /// A code occurs twice among resources or planning objects.
    case duplicateCode(String)
    /// A unit code that is not in the organisation tree.
    case unknownUnit(String)
    /// A resource code that is not among the grid's resources.
    case unknownResource(String)
    /// A planning-object code that is not among the grid's objects.
    case unknownObject(String)
    /// A week outside the planned horizon.
    case weekOutsideHorizon(ISOWeek, first: ISOWeek, count: Int)
    /// A series does not have one value per planned week.
    case seriesLength(code: String, expected: Int, actual: Int)
    /// A negative or non-finite amount where a volume, time or capacity is expected.
    case invalidAmount(name: String, value: Double)
    /// An efficiency gain or reduction that is not yet realised: it may not be counted.
    case unrealisedGain(name: String)
    /// A resource-use figure given in a form that does not fit the resource's measure.
    case measureMismatch(resourceCode: String, measure: ResourceMeasure, given: String)

    /// What went wrong and what to do, in Swedish.
    public var message: String {
        switch self {
        case .emptyHorizon:
            "Planeringsperioden saknar veckor: ange minst en vecka."
        case .duplicateCode(let code):
            "Koden \(code) förekommer mer än en gång: varje resurs och planeringsobjekt behöver en unik kod."
        case .unknownUnit(let code):
            "Enheten \(code) finns inte i organisationsträdet: kontrollera koden eller lägg till enheten."
        case .unknownResource(let code):
            "Resursen \(code) finns inte bland resurserna: kontrollera koden."
        case .unknownObject(let code):
            "Planeringsobjektet \(code) finns inte: kontrollera koden."
        case .weekOutsideHorizon(let week, let first, let count):
            "Vecka \(week) ligger utanför planeringsperioden (\(count) veckor från \(first))."
        case .seriesLength(let code, let expected, let actual):
            "\(code) har \(actual) veckovärden men planeringsperioden har \(expected) veckor."
        case .invalidAmount(let name, let value):
            "\(name): värdet \(value) är ogiltigt; ange ett tal som är noll eller större."
        case .unrealisedGain(let name):
            "Effektiviseringen \"\(name)\" är inte realiserad och får inte räknas in i balanseringen. "
                + "Markera den som realiserad först när effekten är uppnådd."
        case .measureMismatch(let code, let measure, let given):
            "Resursen \(code) mäts i \(measure.swedishName); resursåtgång angiven som \(given) passar inte."
        }
    }
}
