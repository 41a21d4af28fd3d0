import PlanningDomain

enum PlanFixtures {
    static let tactical = PlanActor(userID: "anna.taktisk", level: .tactical)
    static let tactical2 = PlanActor(userID: "bo.taktisk", level: .tactical)
    static let strategic = PlanActor(userID: "cecilia.strategisk", level: .strategic)
    static let operational = PlanActor(userID: "david.operativ", level: .operational)
    static let time = "2025-03-14T09:30:00+01:00"

    /// A 52-week plan from 2025-W10 for unit "K100" with `objects` filled by `value(objectIndex, weekIndex)`.
    static func plan(
        objects: [String] = ["ORT-NYB", "ORT-OP"], value: (Int, Int) -> Double = { o, w in Double(10 + o * 5 + w % 7) }
    ) -> ProductionPlan {
        var plan = ProductionPlan(scope: "K100", rollingYearFrom: week(2025, 10))
        for (o, code) in objects.enumerated() {
            try! plan.setVolumes(object: code, values: (0..<plan.weekCount).map { value(o, $0) })
        }
        return plan
    }

    /// A random plan row: mostly positive volumes with some zero weeks.
    static func randomRow(count: Int, using random: inout SeededGenerator) -> [Double] {
        (0..<count).map { _ in
            Double.random(in: 0...1, using: &random) < 0.1 ? 0 : Double.random(in: 0...250, using: &random)
        }
    }

    static func command(
        _ action: PlanCommand.Action, _ actor: PlanActor, comment: String = "", at time: String = time
    ) -> PlanCommand {
        PlanCommand(action, by: actor, at: time, comment: comment)
    }
}
