extension ProductionPlan {
    /// Gives `object` a new weekly profile while keeping its total.
    ///
    /// `profile` holds one relative weight per plan week (any scale: `[1, 1, 0.5, …]` or percentages); week
    /// `i` gets `total × profile[i] / Σ profile`. A weight of 0 closes the week for this object. Nothing is
    /// rounded to whole visits; the floating-point residual goes to the largest week so the new weekly values
    /// add up to exactly the old ``total(of:)``.
    ///
    /// - Throws: ``ProductionPlanError/unknownObject(object:scope:)``,
    ///   ``ProductionPlanError/wrongWeekCount(object:expected:actual:)``, or
    ///   ``ProductionPlanError/invalidProfile(object:reason:)`` for a negative or non-finite weight or an
    ///   all-zero profile. The plan is unchanged when it throws.
    public mutating func reshape(object: String, profile: [Double]) throws(ProductionPlanError) {
        let row = try row(of: object)
        guard profile.count == weekCount else {
            throw .wrongWeekCount(object: object, expected: weekCount, actual: profile.count)
        }
        if let bad = profile.firstIndex(where: { !$0.isFinite || $0 < 0 }) {
            throw .invalidProfile(
                object: object,
                reason: "vikten för \(PlanText.week(startWeek.adding(weeks: bad))) är "
                    + "\(PlanText.number(profile[bad], decimals: 3)); vikter måste vara 0 eller större.")
        }
        let weightSum = VolumeDistribution.sum(profile)
        guard weightSum > 0, weightSum.isFinite else {
            throw .invalidProfile(
                object: object, reason: "alla vikter är 0. Ge minst en vecka en vikt större än 0.")
        }
        replaceRow(of: object, with: VolumeDistribution.distribute(VolumeDistribution.sum(row), weights: profile))
    }

    /// Applies a floor of "minimum activity to keep up with priorities" to `object`, keeping its total.
    ///
    /// Weeks below `minimumPerWeek` are raised to it. The volume needed for that is taken from the weeks above
    /// the floor in proportion to how far each is above it, so no week is pushed below the floor and the
    /// total is unchanged (exactly, as in ``reshape(object:profile:)``; one non-zero week absorbs the
    /// floating-point residual, so it may sit a few ulps from its computed value, even a raised week).
    ///
    /// - Throws: ``ProductionPlanError/floorExceedsTotal(object:floor:weekCount:total:)`` when the total is
    ///   smaller than `minimumPerWeek × weekCount`; ``ProductionPlanError/invalidFloor(object:floor:)`` or
    ///   ``ProductionPlanError/unknownObject(object:scope:)``. The plan is unchanged when it throws.
    public mutating func applyFloor(object: String, minimumPerWeek floor: Double) throws(ProductionPlanError) {
        let row = try row(of: object)
        guard floor.isFinite, floor >= 0 else { throw .invalidFloor(object: object, floor: floor) }
        let total = VolumeDistribution.sum(row)
        guard floor * Double(weekCount) <= total else {
            throw .floorExceedsTotal(object: object, floor: floor, weekCount: weekCount, total: total)
        }
        let deficit = VolumeDistribution.sum(row.map { max(0, floor - $0) })
        guard deficit > 0 else { return }
        let excess = VolumeDistribution.sum(row.map { max(0, $0 - floor) })
        // excess ≥ deficit because total ≥ floor × weeks; the ratio keeps every week above the floor.
        let keep = max(0, 1 - deficit / excess)
        var result = row.map { $0 <= floor ? floor : floor + ($0 - floor) * keep }
        VolumeDistribution.settle(&result, to: total)
        replaceRow(of: object, with: result)
    }
}
