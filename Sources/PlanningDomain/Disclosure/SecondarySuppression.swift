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

    /// What hiding `cell` adds: nothing when it is hidden already.
    private func cost(_ cell: Int) -> Int { isHidden(cell) ? 0 : network.hidingCost(cell) }

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
    ///
    /// Works in rounds: one elimination finds every hidden cell that is not yet protected, one more (over all
    /// cells of the group, cheapest first) proposes for each of them the cheapest set of cells whose hiding
    /// protects it. Only when no such set exists does it fall back to hiding single neighbours.
    private mutating func suppressUntilSafe(component: Int) throws(ExactArithmeticOverflow) -> Bool {
        var exhausted = false
        while true {
            let solver = try network.solver(component: component, isHidden: isHidden)
            var failing: [Int] = []
            for cell in solver.unknownCells where !exposures.contains(cell) {
                if case .protected = try solver.status(ofCell: cell) { continue }
                failing.append(cell)
            }
            if failing.isEmpty { return exhausted }
            if addCovers(for: failing, component: component) { continue }
            if !addCheapestNeighbour(for: failing[0], component: component) {
                // Everything new is hidden and the cell still looks pinned: this release adds nothing about it.
                exposures.insert(failing[0])
                exhausted = true
            }
        }
    }

    /// Hides, for each target in turn, the cheapest null-space direction through it. False when nothing was added.
    private mutating func addCovers(for targets: [Int], component: Int) -> Bool {
        let open = network.components[component].filter { !network.knownFromLedger[$0] }
        // Hidden cells cost nothing; a published cell costs its weighted value plus one (DisclosureNetwork).
        let ordered = open.sorted { left, right in
            (cost(left), left) < (cost(right), right)
        }
        let equations = network.componentRelations[component].map { network.relations[$0] }
        guard
            let cover = try? DisclosureSolver(
                unknownCells: ordered, relations: equations, values: { network.values[$0] })
        else { return false }
        var added = false
        for target in targets {
            let support = try? cover.cheapestProtectingSupport(ofCell: target, cost: cost)
            // Cost 0: the direction runs through hidden cells only, so the target is protected by now.
            guard let support, support.cost > 0 else { continue }
            let reason = SuppressionReason.secondary(protecting: network.cells[target].key)
            for cell in support.cells where isCandidate(cell) { reasons[cell] = reason }
            added = true
        }
        return added
    }

    /// Hides the cheapest neighbour of `target` (one that alone protects it, if any of the cheapest few does).
    /// False when there is no cell left to hide.
    private mutating func addCheapestNeighbour(for target: Int, component: Int) -> Bool {
        var candidates = network.neighbours(of: target).filter(isCandidate)
        if candidates.isEmpty { candidates = network.components[component].filter(isCandidate) }
        guard !candidates.isEmpty else { return false }
        // Cheapest first: the smallest weighted value loses the least information; the key breaks ties.
        candidates.sort { (network.hidingCost($0), $0) < (network.hidingCost($1), $1) }
        let reason = SuppressionReason.secondary(protecting: network.cells[target].key)
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
        return true
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

    /// Publishes again every secondary suppression that is not needed, most valuable first. Each trial reuses
    /// the null space (see ``DisclosureSolver/fixing(cell:)``) instead of eliminating again.
    private mutating func prune(component: Int) {
        guard var solver = try? network.solver(component: component, isHidden: isHidden) else { return }
        let secondaries = network.components[component].filter {
            if case .secondary = reasons[$0] { return true }
            return false
        }
        var stillHidden = Set(solver.unknownCells).subtracting(exposures)
        for cell in secondaries.sorted(by: { (network.hidingCost($0), $0) > (network.hidingCost($1), $1) }) {
            stillHidden.remove(cell)
            if let candidate = try? solver.fixing(cell: cell), (try? candidate.protectsAll(stillHidden)) == true {
                reasons[cell] = nil
                solver = candidate
            } else {
                stillHidden.insert(cell)
            }
        }
    }
}
