import PlanningDomain
import WireProtocol

/// The person-based part of an indicator export as statistical releases for ``PlanningDomain/DisclosureControl``:
/// one count cell per underlying quantity, group and period, and every linear relation a reader of the export can
/// know.
///
/// Cells are keyed by the *quantity* a figure shows, not by the indicator that shows it, e.g.
/// `waiting|specialty|Ortopedi|2025-W07`: the waiting list is both the `waiting` count and the denominator of
/// `share-waiting-within-90`, and two definition versions with the same formula show the same number. One key per
/// quantity lets the ledger's revision check and the elimination see that. The relations follow
/// ``PlanningDomain/IndicatorComputer`` exactly:
/// - flows (inflow, production, cancellations, completed waits): month = Σ its ISO weeks;
/// - stocks (waiting-list counts): month = the month's latest week that has a value (the same snapshot);
/// - waiting = within(d) + over(d) for the same group, period and limit d;
/// - cancellations + production = the denominator of `cancellation-share`;
/// - a specialty's figure = Σ its planning-object groups (specialty/contact type), when both groupings are exported.
///
/// Groups are split by specialty into independent releases (no relation crosses a specialty), so the cost grows
/// with the number of specialties, not with the size of the export.
struct IndicatorDisclosureTable {
    /// The release cells a wire value shows: its numerator and, for rates, its denominator.
    struct Entry {
        var cells: [DisclosureCellKey]
        /// True when the value must be withheld whatever protect decides (a small part that is no person count,
        /// or parts that cannot be read).
        var heldBack: Bool
    }

    /// One specialty's cells and relations.
    struct Partition {
        var counts: [DisclosureCellKey: Int] = [:]
        var thresholds: [DisclosureCellKey: Int] = [:]
        var coordinates: [DisclosureCellKey: Coordinates] = [:]
        var failed = false

        /// Adds a cell; the same cell with another count makes the partition uncheckable.
        mutating func insert(_ key: DisclosureCellKey, count: Int, threshold: Int, coordinates: Coordinates) {
            if let existing = counts[key], existing != count { failed = true }
            counts[key] = count
            self.coordinates[key] = coordinates
            thresholds[key] = max(thresholds[key] ?? 1, threshold)
        }
    }

    /// What a cell counts: the quantity, the grouping and group, and the period.
    struct Coordinates: Hashable {
        var quantity: String
        var grouping: IndicatorGrouping
        var group: String
        var period: IndicatorPeriod
    }

    /// Per input index: nil for values the gate leaves alone (resource-based, already suppressed, unknown
    /// definition).
    private(set) var entries: [Entry?]
    /// Per specialty, in key order.
    private(set) var partitions: [String: Partition] = [:]
    /// The specialty each entry belongs to.
    private(set) var roots: [Int: String] = [:]

    /// Builds the table from the values about to be exported.
    init(values: [WireProtocol.IndicatorValue], catalogue: IndicatorCatalogue) {
        entries = Array(repeating: nil, count: values.count)
        for (index, value) in values.enumerated() {
            guard !value.suppressed,
                let definition = catalogue.definition(id: value.indicatorID, version: value.definitionVersion),
                definition.basis == .personBased
            else { continue }
            let root = Self.specialty(of: value.group, grouping: definition.grouping)
            roots[index] = root
            entries[index] = add(value, definition: definition, root: root)
        }
    }

    /// The release of one specialty (throws only when the cells cannot form a valid release; the caller fails
    /// closed).
    func release(of root: String) throws(DisclosureError) -> StatisticalRelease {
        let partition = partitions[root] ?? Partition()
        let cells = partition.counts.keys.sorted().map { key in
            StatisticalCell.personCount(key, partition.counts[key]!, threshold: partition.thresholds[key]!)
                .weighted(Self.hidingWeight(of: partition.coordinates[key]!.quantity))
        }
        return try StatisticalRelease(cells: cells, relations: Self.relations(partition))
    }

    private mutating func add(
        _ value: WireProtocol.IndicatorValue, definition: PlanningDomain.IndicatorDefinition, root: String
    ) -> Entry {
        let k = Double(definition.suppressionThreshold)
        guard let period = IndicatorPeriod.parse(value.period) else { return fail(root) }
        let numbers: [Double?] =
            definition.formula.isRate ? [value.numerator, value.denominator] : [value.numerator ?? value.value]
        var entry = Entry(cells: [], heldBack: false)
        for (part, number) in zip(Self.quantities(of: definition.formula), numbers) {
            guard let number, number.isFinite, number >= 0 else { return fail(root) }
            guard let quantity = part else {
                // Not a count of people (planned volume, forecast error): the primary rule still applies to it,
                // as at the hub's ingestion check, but no relation links it to anything.
                if number > 0 && number < k { entry.heldBack = true }
                continue
            }
            // Counts of people are whole numbers; anything else means the table cannot be checked exactly.
            guard number == number.rounded(), number < 1e15 else { return fail(root) }
            let key = DisclosureCellKey(
                components: [quantity, definition.grouping.rawValue, value.group, period.description])
            // In place (a copy of the partition would copy its dictionaries on every cell).
            partitions[root, default: Partition()].insert(
                key, count: Int(number), threshold: definition.suppressionThreshold,
                coordinates: Coordinates(
                    quantity: quantity, grouping: definition.grouping, group: value.group, period: period))
            entry.cells.append(key)
        }
        return entry
    }

    /// Marks `root` as not checkable: every person-based value of the specialty is withheld.
    private mutating func fail(_ root: String) -> Entry {
        partitions[root, default: Partition()].failed = true
        return Entry(cells: [], heldBack: true)
    }

    /// The quantity names of a formula's numerator and (for rates) denominator; nil for a part that is no count
    /// of people.
    static func quantities(of formula: IndicatorFormula) -> [String?] {
        switch formula {
        case .inflow: ["inflow"]
        case .production: ["production"]
        case .cancellations: ["cancellations"]
        case .waiting: ["waiting"]
        case .waitingLongerThan(let days): ["waiting-over-\(days)"]
        case .shareWaitingWithin(let days): ["waiting-within-\(days)", "waiting"]
        case .shareTreatedWithin(let days): ["treated-within-\(days)", "treated"]
        case .productionVersusPlan: ["production", nil]
        case .cancellationShare: ["cancellations", "cancellations-plus-production"]
        case .forecastError: [nil, "inflow"]
        case .bedOccupancy, .limitingCapacityUtilisation: [nil, nil]
        }
    }

    /// Headline volumes (inflow, production, the waiting list) weigh more than the figures that exist mainly as
    /// a rate's parts, so protecting a small cancellation count hides the cancellation share's denominator
    /// (cancellations + production) rather than production itself.
    static func hidingWeight(of quantity: String) -> Int {
        switch quantity {
        case "inflow", "production", "waiting": 4
        default: 1
        }
    }

    /// The specialty a group belongs to: the group itself, or the part before the last "/" of a planning-object
    /// group.
    static func specialty(of group: String, grouping: IndicatorGrouping) -> String {
        guard grouping == .specialtyAndContactType, let slash = group.lastIndex(of: "/") else { return group }
        return String(group[..<slash])
    }
}
