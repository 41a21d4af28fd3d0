/// One explicit, named item of a scenario: a balancing decision or a changed assumption, with its effect.
///
/// Balancing decisions follow the domain's order of preference (``preferenceRank``): 1 move capacity between
/// units or weeks; 2 count a realised efficiency gain; 3 add capacity or buy care; 4 prioritise or postpone.
/// Assumptions ("10 % fler remisser", closed weeks) have no rank: they are what is being tested, not a decision.
public struct BalancingAction: Sendable, Hashable {
    /// What the action changes.
    public enum Effect: Sendable, Hashable {
        /// Moves `amount` of a resource (in its measure) from one unit and week to another unit and week.
        case moveCapacity(
            resourceCode: String, from: String, fromWeek: ISOWeek, to: String, toWeek: ISOWeek,
            amount: Double)
        /// Fewer minutes of a resource per unit of an object, from the horizon's start; refused unless realised.
        case efficiencyGain(objectCode: String, resourceCode: String, minutesSaved: Double, realised: Bool)
        /// More capacity (budgeted or hired staff, extra sessions) at a unit in the given weeks.
        case addCapacity(unitCode: String, resourceCode: String, weeks: [ISOWeek], amountPerWeek: Double)
        /// Care bought from another provider: own production need falls by the volume; patients are still treated.
        case buyCare(objectCode: String, weeks: [ISOWeek], volumePerWeek: Double)
        /// Postpones a share of the objects' need in the given weeks by a number of weeks (need beyond the
        /// horizon leaves the plan).
        case postpone(objectCodes: [String], weeks: [ISOWeek], share: Double, byWeeks: Int)
        /// Assumption: inflow of the objects (all when nil) multiplied by `factor`.
        case scaleInflow(factor: Double, objectCodes: [String]?)
        /// Assumption: no available capacity at the units (all when nil) for the resources (all when nil).
        case closeWeeks(weeks: [ISOWeek], unitCodes: [String]?, resourceCodes: [String]?)
    }

    /// The kind of action, as planners group them.
    public enum Kind: String, Sendable, CaseIterable {
        /// Flytta kapacitet.
        case moveCapacity
        /// Realiserad effektivisering.
        case efficiencyGain
        /// Tillför kapacitet.
        case addCapacity
        /// Köp vård.
        case buyCare
        /// Prioritera/skjut upp.
        case postpone
        /// Ändrat antagande.
        case assumption

        /// Swedish name.
        public var swedishName: String {
            switch self {
            case .moveCapacity: "flytta kapacitet"
            case .efficiencyGain: "realiserad effektivisering"
            case .addCapacity: "tillför kapacitet"
            case .buyCare: "köp vård"
            case .postpone: "prioritera/skjut upp"
            case .assumption: "ändrat antagande"
            }
        }

        /// Order of preference from the PKS method (1 first); nil for assumptions.
        public var preferenceRank: Int? {
            switch self {
            case .moveCapacity: 1
            case .efficiencyGain: 2
            case .addCapacity, .buyCare: 3
            case .postpone: 4
            case .assumption: nil
            }
        }
    }

    /// Name shown to planners.
    public var name: String
    /// The effect.
    public var effect: Effect

    /// Creates an action. Efficiency gains are checked when applied; prefer ``efficiencyGain(name:objectCode:
    /// resourceCode:minutesSaved:realised:)`` to be refused early.
    public init(name: String, effect: Effect) {
        self.name = name
        self.effect = effect
    }

    /// A realised efficiency gain; refused with a Swedish message unless `realised` is true.
    public static func efficiencyGain(
        name: String, objectCode: String, resourceCode: String, minutesSaved: Double, realised: Bool
    ) throws(BalancingError) -> BalancingAction {
        guard realised else { throw .unrealisedGain(name: name) }
        return BalancingAction(
            name: name,
            effect: .efficiencyGain(
                objectCode: objectCode, resourceCode: resourceCode, minutesSaved: minutesSaved, realised: true))
    }

    /// The kind of action.
    public var kind: Kind {
        switch effect {
        case .moveCapacity: .moveCapacity
        case .efficiencyGain: .efficiencyGain
        case .addCapacity: .addCapacity
        case .buyCare: .buyCare
        case .postpone: .postpone
        case .scaleInflow, .closeWeeks: .assumption
        }
    }

    /// Order of preference (1 first); nil for assumptions.
    public var preferenceRank: Int? { kind.preferenceRank }
}
