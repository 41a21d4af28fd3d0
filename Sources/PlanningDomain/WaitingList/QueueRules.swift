/// The waiting-list rules of thumb from the NHS-R community's open-source waiting-list work (Fong et al. 2022),
/// with explicit units: demand and capacity in patients per week, times in weeks, queues in patients.
public enum QueueRules {
    /// Load = demand / capacity. At 1 or above the list grows without bound. Nil when capacity is 0.
    public static func load(demand: Quantity<PatientsPerWeek>, capacity: Quantity<PatientsPerWeek>) -> Double? {
        capacity.value > 0 ? demand.value / capacity.value : nil
    }

    /// The queue size that meets a target mean wait (Little's law): demand × T / factor.
    ///
    /// Demand 30 per week with T = 52 weeks and factor 4 gives 390 patients.
    public static func targetQueueSize(
        demand: Quantity<PatientsPerWeek>, limit: Quantity<Weeks>, factor: Double
    ) -> Quantity<Patients> {
        Quantity(demand.value * limit.value / factor)
    }

    /// The queue size that meets `target`.
    public static func targetQueueSize(demand: Quantity<PatientsPerWeek>, target: TargetWait) -> Quantity<Patients> {
        targetQueueSize(demand: demand, limit: target.limit, factor: target.factor)
    }

    /// Capacity that brings the queue to its target size in `weeksToTarget`: demand + (queue − target) / weeks.
    ///
    /// 30 per week, a queue of 1,200, a target of 390 and 26 weeks give 61.153846 per week.
    public static func reliefCapacity(
        demand: Quantity<PatientsPerWeek>, queue: Quantity<Patients>, targetQueue: Quantity<Patients>,
        weeksToTarget: Quantity<Weeks>
    ) -> Quantity<PatientsPerWeek> {
        precondition(weeksToTarget.value > 0, "weeks to target must be positive")
        return Quantity(demand.value + (queue.value - targetQueue.value) / weeksToTarget.value)
    }

    /// Capacity that keeps a queue at its target despite variability: demand + ((cv_d² + cv_c²) / 2) × factor / T.
    ///
    /// 30 per week, T = 52, factor 3, cv of demand 1.1 and of capacity 1.2 give 30.076442 per week.
    public static func targetCapacity(
        demand: Quantity<PatientsPerWeek>, limit: Quantity<Weeks>, factor: Double, demandCV: Double,
        capacityCV: Double
    ) -> Quantity<PatientsPerWeek> {
        Quantity(demand.value + ((demandCV * demandCV + capacityCV * capacityCV) / 2) * (factor / limit.value))
    }

    /// Pressure = 2 × mean wait / T (both in weeks). Above 1 the target is being missed.
    ///
    /// A mean wait of 63 weeks against T = 52 gives 2.4231.
    public static func pressure(meanWait: Quantity<Weeks>, limit: Quantity<Weeks>) -> Double {
        2 * meanWait.value / limit.value
    }

    /// A queue is "too big" when it is more than twice its target size: relief capacity, not just steady
    /// capacity, is needed.
    public static func isTooBig(queue: Quantity<Patients>, targetQueue: Quantity<Patients>) -> Bool {
        queue.value > 2 * targetQueue.value
    }
}
