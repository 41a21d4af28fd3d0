/// Chooses extra (secondary) suppressions until no hidden cell can be pinned down, group of linked cells by
/// group, then drops every extra suppression that turns out not to be needed.
///
/// Deterministic: targets are taken in key order, candidates in (value, key) order, so the same input always
/// gives the same table.
struct SecondarySuppression {
    let network: DisclosureNetwork
    /// The reason each count cell is hidden, nil when it is published.
    private(set) var reasons: [SuppressionReason?]
    /// Hidden cells that earlier publications already give away (see ``ProtectedRelease/exposures``).
    private(set) var exposures: Set<Int> = []

    /// How many of the cheapest candidates are tried for one that alone protects the target.
    static let candidateTrials = 8

    init(network: DisclosureNetwork, primary: [SuppressionReason?]) {
        self.network = network
        self.reasons = primary
    }

    /// Protects every group.
    mutating func run() {
        for component in network.components.indices { protect(component: component) }
    }

    /// Hidden from the reader: suppressed now and not already visible through the ledger.
    func isHidden(_ cell: Int) -> Bool { reasons[cell] != nil && !network.knownFromLedger[cell] }

    private func isCandidate(_ cell: Int) -> Bool { reasons[cell] == nil && !network.knownFromLedger[cell] }

    private mutating func protect(component: Int) {
        let cells = network.components[component]
        guard cells.contains(where: { reasons[$0] != nil }) else { return }
        for cell in cells where reasons[cell] != nil && network.knownFromLedger[cell] { exposures.insert(cell) }
        do throws(ExactArithmeticOverflow) {
            // Cells a reader derives even if everything new stays hidden were given away earlier; no amount of
            // suppression helps, so they must not drive suppression of the whole group.
            let allHidden = try network.solver(component: component) { !network.knownFromLedger[$0] }
            for cell in cells where isHidden(cell) {
                if try allHidden.status(ofCell: cell) == .derivable { exposures.insert(cell) }
            }
            let exhausted = try suppressUntilSafe(component: component)
            // After giving up on a cell that only looked pinned, dropping suppressions could not be proven safe.
            if !exhausted { prune(component: component) }
        } catch {
            // Fail closed: without an exact proof nothing new in this group is shown.
            for cell in cells where isCandidate(cell) { reasons[cell] = .unverifiable }
        }
    }

    /// Adds suppressions until every hidden cell has a witness. Returns true when it ran out of candidates.
    private mutating func suppressUntilSafe(component: Int) throws(ExactArithmeticOverflow) -> Bool {
        let cells = network.components[component]
        var exhausted = false
        while true {
            let solver = try network.solver(component: component, isHidden: isHidden)
            var target: Int?
            for cell in solver.unknownCells where !exposures.contains(cell) {
                if case .protected = try solver.status(ofCell: cell) { continue }
                target = cell
                break
            }
            guard let target else { return exhausted }
            let reason = SuppressionReason.secondary(protecting: network.cells[target].key)
            let cover = (try? cheapestCover(for: target, component: component)) ?? []
            if !cover.isEmpty {
                for cell in cover { reasons[cell] = reason }
                continue
            }
            // No single direction works (zeros block every one): hide neighbours one at a time instead.
            var candidates = network.neighbours(of: target).filter(isCandidate)
            if candidates.isEmpty { candidates = cells.filter(isCandidate) }
            guard !candidates.isEmpty else {
                // Everything new is hidden and the cell still looks pinned: this release adds nothing about it.
                exposures.insert(target)
                exhausted = true
                continue
            }
            // Cheapest first: the smallest value loses the least information; the key breaks ties.
            candidates.sort { (network.values[$0], $0) < (network.values[$1], $1) }
            var chosen = candidates[0]
            for candidate in candidates.prefix(Self.candidateTrials) {
                reasons[candidate] = reason
                let fixes = protects(target, component: component)
                reasons[candidate] = nil
                if fixes {
                    chosen = candidate
                    break
                }
            }
            reasons[chosen] = reason
        }
    }

    /// The published cells to hide so that one null-space direction moves `target`, cheapest cells first (see
    /// ``DisclosureSolver/firstProtectingSupport(ofCell:)``); empty when there is none.
    private func cheapestCover(for target: Int, component: Int) throws(ExactArithmeticOverflow) -> [Int] {
        let open = network.components[component].filter { !network.knownFromLedger[$0] }
        let ordered = open.sorted { left, right in
            let leftCost = isHidden(left) ? -1 : network.values[left]
            let rightCost = isHidden(right) ? -1 : network.values[right]
            return (leftCost, left) < (rightCost, right)
        }
        let equations = network.componentRelations[component].map { network.relations[$0] }
        let solver = try DisclosureSolver(unknownCells: ordered, relations: equations) { network.values[$0] }
        return try solver.firstProtectingSupport(ofCell: target)?.filter(isCandidate).sorted() ?? []
    }

    private func protects(_ target: Int, component: Int) -> Bool {
        do throws(ExactArithmeticOverflow) {
            let solver = try network.solver(component: component, isHidden: isHidden)
            if case .protected = try solver.status(ofCell: target) { return true }
            return false
        } catch {
            return false
        }
    }

    /// True when every hidden cell in the group (except known exposures) has a witness.
    private func isSafe(component: Int) -> Bool {
        do throws(ExactArithmeticOverflow) {
            let solver = try network.solver(component: component, isHidden: isHidden)
            for cell in solver.unknownCells where !exposures.contains(cell) {
                guard case .protected = try solver.status(ofCell: cell) else { return false }
            }
            return true
        } catch {
            return false
        }
    }

    /// Publishes again every secondary suppression that is not needed, most valuable first.
    private mutating func prune(component: Int) {
        let secondaries = network.components[component].filter {
            if case .secondary = reasons[$0] { return true }
            return false
        }
        let ordered = secondaries.sorted { (network.values[$0], $0) > (network.values[$1], $1) }
        for cell in ordered {
            let saved = reasons[cell]
            reasons[cell] = nil
            if !isSafe(component: component) { reasons[cell] = saved }
        }
    }
}
