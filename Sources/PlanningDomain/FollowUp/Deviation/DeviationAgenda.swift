/// The weekly rhythm ("veckorytm"): what one unit must look at in one week.
public struct DeviationAgenda: Hashable, Sendable {
    /// The unit.
    public var unitCode: String
    /// The week.
    public var week: ISOWeek
    /// Items opened this week.
    public var newItems: [DeviationItem]
    /// Unresolved items that reached the unit by escalation from below.
    public var escalatedToUnit: [DeviationItem]
    /// Items that have waited for a comment longer than the register allows.
    public var overdueComments: [DeviationItem]

    /// Whether there is nothing to look at.
    public var isEmpty: Bool { newItems.isEmpty && escalatedToUnit.isEmpty && overdueComments.isEmpty }

    /// A Swedish one-line summary, e.g. "Vecka 2025-W07: 2 nya, 1 eskalerad, 0 saknar kommentar."
    public var swedishSummary: String {
        "Vecka \(week): \(newItems.count) nya, \(escalatedToUnit.count) eskalerade hit, "
            + "\(overdueComments.count) väntar på kommentar."
    }
}

extension DeviationRegister {
    /// What `unitCode` must look at in `week`: new items, items escalated to it, and overdue comments; with
    /// `includingSubtree`, the same for every unit below it too (a manager's overview). Items are sorted by id.
    public func agenda(for unitCode: String, week: ISOWeek, includingSubtree: Bool = false) -> DeviationAgenda {
        let scope = includingSubtree ? Set(tree.subtree(of: unitCode)) : [unitCode]
        let mine = items.values.filter { $0.status.isUnresolved && scope.contains($0.responsibleUnitCode) }
            .sorted { $0.id < $1.id }
        return DeviationAgenda(
            unitCode: unitCode, week: week,
            newItems: mine.filter { $0.openedWeek == week && $0.escalations.isEmpty },
            escalatedToUnit: mine.filter { !$0.escalations.isEmpty && $0.escalations.last!.week <= week },
            overdueComments: mine.filter {
                $0.status.awaitsComment
                    && ISOWeek.weeks(from: $0.awaitingCommentSince, to: week) >= configuration.commentDueAfterWeeks
            })
    }

    /// The agenda of every unit at `level` in `week`, sorted by unit code.
    public func agendas(at level: OrganisationLevel, week: ISOWeek) -> [DeviationAgenda] {
        tree.units.values.filter { $0.level == level }.map(\.code).sorted().map { agenda(for: $0, week: week) }
    }
}
