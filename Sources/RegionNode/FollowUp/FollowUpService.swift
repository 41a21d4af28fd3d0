public import Foundation
public import NodeStore
public import PlanningDomain

/// The plan a follow-up compares against: a plan's agreed version (the latest agreed one).
public struct FollowedPlan: Sendable {
    /// The plan's id.
    public var id: Int64
    /// The plan's name.
    public var name: String
    /// The agreed version's number.
    public var version: Int
    /// The agreed volumes.
    public var plan: ProductionPlan
}

/// Outcome vs agreed plan over the weeks that have both.
public struct ProductionFollowUp: Sendable {
    /// The figures per object, rolled up the tree.
    public var figures: ObjectFollowUp
    /// The plans compared against.
    public var plans: [FollowedPlan]
    /// The first and last week compared.
    public var weeks: ClosedRange<ISOWeek>
}

/// A refusal from the follow-up, in Swedish.
public struct FollowUpServiceError: Error, Sendable, CustomStringConvertible {
    /// Stable code.
    public var code: String
    /// The sentence.
    public var description: String
}

/// Follow-up on the node: outcome vs the agreed plans, SPC per planning object, and the deviation register with
/// its weekly round (open items for deviations, escalate unresolved ones).
public struct FollowUpService: Sendable {
    let store: NodeStore
    let now: @Sendable () -> Date
    /// When a week's deviation opens an item.
    public var rule: DeviationRule
    /// Escalation and comment deadlines.
    public var registerConfiguration: DeviationRegister.Configuration
    /// Which weeks are low-production weeks.
    public var calendar: LowProductionCalendar

    /// Creates the service with the defaults: a week at least 20 % and at least 5 units off plan, or a special
    /// cause of concern, opens an item; unresolved items escalate after two weeks.
    public init(
        store: NodeStore, now: @escaping @Sendable () -> Date,
        rule: DeviationRule = DeviationRule(relativeThreshold: 0.2, absoluteThreshold: 5, combination: .both),
        registerConfiguration: DeviationRegister.Configuration = .init(),
        calendar: LowProductionCalendar = .standard
    ) {
        self.store = store
        self.now = now
        self.rule = rule
        self.registerConfiguration = registerConfiguration
        self.calendar = calendar
    }

    /// The agreed plans to follow up: for each plan its latest agreed version; a plan whose objects overlap a newer
    /// followed plan's is left out (the newer agreement wins), so no object-week is counted twice.
    public func followedPlans() throws -> [FollowedPlan] {
        var covered: Set<String> = []
        var result: [FollowedPlan] = []
        for entry in try store.planSummaries() {
            guard let stored = try store.plan(id: entry.id),
                let agreed = stored.versions.versions.last(where: { $0.status == .agreed })
            else { continue }
            let objects = Set(agreed.plan.objectCodes)
            guard covered.isDisjoint(with: objects) else { continue }
            covered.formUnion(objects)
            result.append(FollowedPlan(id: entry.id, name: entry.name, version: agreed.number, plan: agreed.plan))
        }
        return result
    }

    /// Outcome vs agreed plan from the first planned week to the latest week with production outcome.
    ///
    /// - Throws: ``FollowUpServiceError`` when there is no agreed plan or no outcome within any plan yet.
    public func production() throws -> ProductionFollowUp {
        // A pure function of the database and the calendar: kept until the next commit.
        try store.cache.value("follow-up-production \(calendar.rules)") { try computeProduction() }
    }

    private func computeProduction() throws -> ProductionFollowUp {
        let plans = try followedPlans()
        guard let first = plans.map(\.plan.startWeek).min() else {
            throw FollowUpServiceError(
                code: "follow_up.no_agreed_plan",
                description:
                    "Det finns ingen överenskommen produktionsplan att följa upp. Kom överens om en plan först.")
        }
        let outcomes = try store.weeklyCounts(.production, from: first)
        let lastPlanned = plans.map { $0.plan.startWeek.adding(weeks: $0.plan.weekCount - 1) }.max() ?? first
        guard let lastOutcome = outcomes.map(\.week).max() else {
            throw FollowUpServiceError(
                code: "follow_up.no_outcome",
                description: "Inget utfall är importerat från och med \(first), planens första vecka. "
                    + "Importera produktionsflödet (utfall) för veckorna efter planstart.")
        }
        let last = min(lastOutcome, lastPlanned)
        let master = try store.masterData()
        let tree = try requireTree()
        do {
            let figures = try ObjectFollowUp.production(
                plans: plans.map(\.plan), outcomes: outcomes.filter { $0.week <= last },
                objects: master.planningObjects, tree: tree, calendar: calendar, from: first, through: last)
            return ProductionFollowUp(figures: figures, plans: plans, weeks: first...last)
        } catch {
            throw FollowUpServiceError(code: "follow_up.invalid", description: "\(error)")
        }
    }

    /// The XmR chart of an object's weekly production: a year of history before the plan and the followed weeks,
    /// with the plan's mean weekly volume as the target.
    public func productionChart(object: String, followUp: ProductionFollowUp) throws -> (
        weeks: [ISOWeek], chart: XmRChart
    ) {
        try productionChart(object: object, followUp: followUp, history: try chartHistory(followUp))
    }

    /// Weekly production per object over the chart window (a year before the plan to the last followed week).
    private func chartHistory(_ followUp: ProductionFollowUp) throws -> [String: [ISOWeek: Double]] {
        // Every object's year of production: one object's chart page must not read the region per request.
        try store.cache.value("follow-up-history \(followUp.weeks)") { try loadChartHistory(followUp) }
    }

    private func loadChartHistory(_ followUp: ProductionFollowUp) throws -> [String: [ISOWeek: Double]] {
        var history: [String: [ISOWeek: Double]] = [:]
        let last = followUp.weeks.upperBound
        for count in try store.weeklyCounts(.production, from: followUp.weeks.lowerBound.adding(weeks: -52))
        where count.week <= last {
            history[count.planningObjectCode, default: [:]][count.week] = Double(count.count)
        }
        return history
    }

    private func productionChart(
        object: String, followUp: ProductionFollowUp, history: [String: [ISOWeek: Double]]
    ) throws -> (weeks: [ISOWeek], chart: XmRChart) {
        let last = followUp.weeks.upperBound
        let first = followUp.weeks.lowerBound.adding(weeks: -52)
        let values = history[object] ?? [:]
        let weeks = stride(from: 0, through: ISOWeek.weeks(from: first, to: last), by: 1).map {
            first.adding(weeks: $0)
        }
        let planned = followUp.plans.compactMap { $0.plan.objectCodes.contains(object) ? $0.plan : nil }.first
        let target = planned.map { plan in
            let volumes = plan.weeks.compactMap { plan.volume(of: object, in: $0) }
            return volumes.isEmpty ? 0 : volumes.reduce(0, +) / Double(volumes.count)
        }
        do {
            let chart = try XmRChart(
                periods: weeks, values: weeks.map { values[$0] ?? 0 }, direction: .higherIsBetter, target: target)
            return (weeks, chart)
        } catch {
            throw FollowUpServiceError(code: "follow_up.spc", description: "\(error)")
        }
    }

    /// The register as the event log says, replayed.
    public func register() throws -> DeviationRegister {
        var register = try emptyRegister()
        for event in try store.deviationEvents() { _ = try? register.handle(event) }
        return register
    }

    /// The weekly round for `week`: every object whose outcome that week breaks the rule (or shows a special cause
    /// of concern) gets an item; then the clock moves to `week` and unresolved items escalate. Running the same
    /// week twice opens nothing new.
    @discardableResult
    public func runRound(week: ISOWeek, actor: String) throws -> [DeviationEffect] {
        let followUp = try production()
        let tree = followUp.figures.tree
        var openings: [DeviationOpening] = []
        if followUp.weeks.contains(week) {
            let history = try chartHistory(followUp)
            for (code, object) in followUp.figures.objects.sorted(by: { $0.key < $1.key }) {
                let figures = try? followUp.figures.figures(for: .object(code), in: .week(week)).all
                guard let figures, figures.planned > 0 || figures.actual > 0 else { continue }
                let point = try? productionChart(object: code, followUp: followUp, history: history).chart.points.last
                if let opening = rule.opening(
                    id: "\(code)@\(week)", unitCode: object.unitCode, objectCode: code, week: week, figures: figures,
                    spc: point)
                {
                    openings.append(opening)
                }
            }
        }
        let candidates = openings
        return try store.appendDeviationEvents(actor: actor, at: now()) { [registerConfiguration] existing in
            var effects: [DeviationEffect] = []
            var register = try DeviationRegister(tree: tree, configuration: registerConfiguration)
            for event in existing { _ = try? register.handle(event) }
            var accepted: [DeviationEvent] = []
            for opening in candidates where register.items[opening.id] == nil {
                if let result = try? register.handle(.opened(opening)) {
                    accepted.append(.opened(opening))
                    effects += result
                }
            }
            if register.currentWeek.map({ $0 < week }) ?? true, let result = try? register.handle(.weekPassed(week)) {
                accepted.append(.weekPassed(week))
                effects += result
            }
            return (accepted, effects)
        }
    }

    /// Records a comment (cause, action, owner) on an item.
    public func comment(id: String, cause: String, action: String, owner: String, by user: String) throws {
        let comment = DeviationComment(cause: cause, action: action, owner: owner, author: user, time: stamp())
        try apply(.commented(id: id, comment), by: user)
    }

    /// Resolves an item with a note.
    public func resolve(id: String, note: String, by user: String) throws {
        try apply(.resolved(id: id, DeviationNote(author: user, time: stamp(), text: note)), by: user)
    }

    private func apply(_ event: DeviationEvent, by user: String) throws {
        let tree = try requireTree()
        _ = try store.appendDeviationEvents(actor: user, at: now()) { [registerConfiguration] existing in
            var register = try DeviationRegister(tree: tree, configuration: registerConfiguration)
            for old in existing { _ = try? register.handle(old) }
            do {
                _ = try register.handle(event)
            } catch {
                throw FollowUpServiceError(code: "deviation.refused", description: "\(error)")
            }
            return ([event], ())
        }
    }

    private func emptyRegister() throws -> DeviationRegister {
        try DeviationRegister(tree: try requireTree(), configuration: registerConfiguration)
    }

    private func requireTree() throws -> OrganisationTree {
        guard let tree = try store.organisationTree() else {
            throw FollowUpServiceError(
                code: "follow_up.no_organisation",
                description: "Ingen organisation är importerad ännu. Importera enheter först.")
        }
        return tree
    }

    private func stamp() -> String {
        now().formatted(.iso8601.year().month().day().time(includingFractionalSeconds: false))
    }
}
