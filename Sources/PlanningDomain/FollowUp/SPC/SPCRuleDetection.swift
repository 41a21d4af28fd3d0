/// Finds the special-cause signals in one segment of an XmR chart. Rules look only inside the segment, so a
/// rebased chart starts every rule afresh.
enum SPCRuleDetection {
    /// The signals per point index (into `values`), unsorted.
    static func signals(
        values: [Double], limits: SPCLimits, configuration: SPCConfiguration
    ) -> [Int: [SPCSignal]] {
        var result: [Int: [SPCSignal]] = [:]
        func flag(_ index: Int, _ rule: SPCRule, _ side: SPCSide) {
            let signal = SPCSignal(rule: rule, side: side)
            if result[index]?.contains(signal) != true { result[index, default: []].append(signal) }
        }
        let range = limits.indices

        // Rule 1: strictly outside a limit (a point on the limit is not outside).
        for index in range {
            if values[index] > limits.upperLimit { flag(index, .outsideLimits, .high) }
            if values[index] < limits.lowerLimit { flag(index, .outsideLimits, .low) }
        }

        // Rule 2: N points in a row each strictly above (below) the previous. An equal value breaks the run.
        for run in runs(in: range, where: { $0 > range.lowerBound && values[$0] > values[$0 - 1] })
        where run.count + 1 >= configuration.trendLength {
            for index in (run.lowerBound - 1)..<run.upperBound { flag(index, .trend, .high) }
        }
        for run in runs(in: range, where: { $0 > range.lowerBound && values[$0] < values[$0 - 1] })
        where run.count + 1 >= configuration.trendLength {
            for index in (run.lowerBound - 1)..<run.upperBound { flag(index, .trend, .low) }
        }

        // Rule 3: in any three consecutive points, two or more strictly beyond the same 2σ line. Only the points
        // beyond the line are flagged; the third point of the window may be anywhere.
        if range.count >= 3 {
            for start in range.lowerBound...(range.upperBound - 3) {
                let window = start..<(start + 3)
                let above = window.filter { values[$0] > limits.upperTwoSigma }
                let below = window.filter { values[$0] < limits.lowerTwoSigma }
                if above.count >= 2 { above.forEach { flag($0, .twoOfThreeBeyondTwoSigma, .high) } }
                if below.count >= 2 { below.forEach { flag($0, .twoOfThreeBeyondTwoSigma, .low) } }
            }
        }

        // Rule 4: N points in a row strictly on one side of the mean. A point on the mean breaks the run.
        for run in runs(in: range, where: { values[$0] > limits.mean }) where run.count >= configuration.shiftLength {
            run.forEach { flag($0, .shift, .high) }
        }
        for run in runs(in: range, where: { values[$0] < limits.mean }) where run.count >= configuration.shiftLength {
            run.forEach { flag($0, .shift, .low) }
        }
        return result
    }

    /// The maximal runs of consecutive indices in `range` for which `holds` is true.
    static func runs(in range: Range<Int>, where holds: (Int) -> Bool) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start: Int?
        for index in range {
            if holds(index) {
                if start == nil { start = index }
            } else if let first = start {
                result.append(first..<index)
                start = nil
            }
        }
        if let first = start { result.append(first..<range.upperBound) }
        return result
    }
}
