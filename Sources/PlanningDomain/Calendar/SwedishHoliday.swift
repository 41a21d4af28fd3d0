/// A Swedish public holiday (allmän helgdag, lag 1989:253) or a day that is work-free in practice.
///
/// Midsommarafton, julafton and nyårsafton are not public holidays by law but are treated as such by
/// collective agreements and by healthcare planning; they have ``isPublicHoliday`` false and
/// ``isDeFactoHoliday`` true. The rules in force since 2005 (nationaldagen a holiday, annandag pingst not)
/// are applied to every year. The raw values are stable identifiers for storage.
public enum SwedishHoliday: String, CaseIterable, Hashable, Sendable, Codable {
    /// Nyårsdagen, 1 January.
    case newYearsDay
    /// Trettondedag jul, 6 January.
    case epiphany
    /// Långfredagen, the Friday before Easter Sunday.
    case goodFriday
    /// Påskdagen, Easter Sunday.
    case easterSunday
    /// Annandag påsk, the Monday after Easter Sunday.
    case easterMonday
    /// Första maj, 1 May.
    case mayDay
    /// Kristi himmelsfärdsdag, the Thursday 39 days after Easter Sunday.
    case ascensionDay
    /// Pingstdagen, Whit Sunday, 49 days after Easter Sunday.
    case pentecost
    /// Sveriges nationaldag, 6 June.
    case nationalDay
    /// Midsommarafton, the Friday between 19 and 25 June. De facto holiday only.
    case midsummerEve
    /// Midsommardagen, the Saturday between 20 and 26 June.
    case midsummerDay
    /// Alla helgons dag, the Saturday between 31 October and 6 November.
    case allSaintsDay
    /// Julafton, 24 December. De facto holiday only.
    case christmasEve
    /// Juldagen, 25 December.
    case christmasDay
    /// Annandag jul, 26 December.
    case boxingDay
    /// Nyårsafton, 31 December. De facto holiday only.
    case newYearsEve

    /// The Swedish name as used in planning, e.g. "långfredagen".
    public var swedishName: String {
        switch self {
        case .newYearsDay: "nyårsdagen"
        case .epiphany: "trettondedag jul"
        case .goodFriday: "långfredagen"
        case .easterSunday: "påskdagen"
        case .easterMonday: "annandag påsk"
        case .mayDay: "första maj"
        case .ascensionDay: "Kristi himmelsfärdsdag"
        case .pentecost: "pingstdagen"
        case .nationalDay: "Sveriges nationaldag"
        case .midsummerEve: "midsommarafton"
        case .midsummerDay: "midsommardagen"
        case .allSaintsDay: "alla helgons dag"
        case .christmasEve: "julafton"
        case .christmasDay: "juldagen"
        case .boxingDay: "annandag jul"
        case .newYearsEve: "nyårsafton"
        }
    }

    /// Whether the day is an allmän helgdag by law.
    public var isPublicHoliday: Bool { !isDeFactoHoliday }

    /// Whether the day is not a public holiday by law but work-free in practice (midsommarafton, julafton,
    /// nyårsafton).
    public var isDeFactoHoliday: Bool {
        switch self {
        case .midsummerEve, .christmasEve, .newYearsEve: true
        default: false
        }
    }
}
