public import WireProtocol

/// The hub's standard payload checks per stream, for ``HubIngest/validator``: the payload decodes as the
/// stream's type, its region is the authenticated one, no person identifier, for indicators a known
/// definition and no unsuppressed person-based count in 1…k−1, for self-assessments and learning examples the
/// checks of ``RegionWriteValidation``, and for the exchange streams a complete command (``ExchangeSyncCommand``;
/// the exchange's own rules are applied by the hub store in the batch's transaction).
public enum HubItemValidator {
    /// A validator over the given catalogue (indicator id and version → definition).
    public static func standard(catalogue: [IndicatorDefinition]) -> HubIngest.Validator {
        let definitions = Dictionary(
            catalogue.map { ("\($0.id)/\($0.version)", $0) }, uniquingKeysWith: { first, _ in first })
        return { stream, item, region in
            if let path = PayloadScan.personalIdentifierPath(in: item.payload) {
                return ItemRejection(.personalIdentifier, "Item \(item.key) holds a person identifier at \(path).")
            }
            guard item.payload["regionCode"]?.stringValue == region else {
                return ItemRejection(.invalidPayload, "Item \(item.key) must carry regionCode \(region).")
            }
            switch stream {
            case .indicators:
                guard let value = try? item.decodePayload(as: IndicatorValue.self), value.naturalKey == item.key else {
                    return ItemRejection(.invalidPayload, "Item \(item.key) is not an indicator value under its key.")
                }
                guard let definition = definitions["\(value.indicatorID)/\(value.definitionVersion)"] else {
                    return ItemRejection(
                        .unknownIndicator,
                        "Indicator \(value.indicatorID) version \(value.definitionVersion) is not in the catalogue.")
                }
                let k = Double(definition.minimumCount)
                // Counts are the numerator and denominator; a bare value is a count only when neither is given.
                let counts =
                    value.numerator == nil && value.denominator == nil
                    ? [value.value] : [value.numerator, value.denominator]
                let small = counts.contains { $0.map { $0 > 0 && $0 < k } ?? false }
                if definition.personBased, !value.suppressed, small {
                    return ItemRejection(
                        .smallCell, "Cell \(item.key) is a person-based count below \(definition.minimumCount).")
                }
                return nil
            case .selfAssessments: return RegionWriteValidation.selfAssessment(item)
            case .learningExamples: return RegionWriteValidation.learningExample(item)
            case .exchangeMessages:
                guard let message = try? item.decodePayload(as: ExchangeMessage.self), message.naturalKey == item.key
                else {
                    return ItemRejection(.invalidPayload, "Item \(item.key) is not an exchange message under its key.")
                }
                return ExchangeSyncCommand.action(of: message, region: region).rejection
            case .deliveryFollowUps:
                guard let followUp = try? item.decodePayload(as: DeliveryFollowUp.self), followUp.naturalKey == item.key
                else {
                    return ItemRejection(.invalidPayload, "Item \(item.key) is not a delivery follow-up under its key.")
                }
                return ExchangeSyncCommand.action(of: followUp).rejection
            case .definitions, .publishedExamples, .nationalComparisons, .exchangeState:
                return ItemRejection(.invalidPayload, "\(stream.rawValue) is not an up stream.")
            }
        }
    }
}
