public import PlanningDomain
public import SyncEngine
import WireProtocol

/// The node's disclosure gate for indicator exports: PRIMARY suppression only, as an interim rule.
///
/// A person-based cell whose count, numerator or denominator lies in 1…k−1 (k = the definition's suppression
/// threshold, default 5) leaves the region as `suppressed: true` without numbers; resource-based cells are exempt.
/// Secondary suppression (cells a suppressed one could be derived from, e.g. a month minus its other weeks) is
/// DisclosureControl's job: replace the body of this one function with it — nothing else needs to change.
public func indicatorDisclosureGate(catalogue: IndicatorCatalogue) -> IndicatorExporter.Gate {
    { values in
        values.map { value in
            guard let definition = catalogue.definition(id: value.indicatorID, version: value.definitionVersion),
                definition.basis == .personBased, !value.suppressed
            else { return value }
            let k = Double(definition.suppressionThreshold)
            // The same reading of "counts" as the hub's check: numerator and denominator, or the bare value.
            let counts =
                value.numerator == nil && value.denominator == nil
                ? [value.value] : [value.numerator, value.denominator]
            let small = counts.contains { count in count.map { $0 > 0 && $0 < k } ?? false }
            return small ? value.suppressedCopy : value
        }
    }
}
