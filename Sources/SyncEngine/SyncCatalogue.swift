public import PlanningDomain
public import WireProtocol

/// The domain's indicator catalogue as the sync protocol names it: the definitions' wire form, the release a batch
/// says it was computed under, and the hub's payload validator for it. Node and hub both derive these from the
/// same ``PlanningDomain/IndicatorCatalogue``, so their hashes agree by construction.
public enum SyncCatalogue {
    /// The wire definitions of `catalogue`, in id order.
    public static func definitions(_ catalogue: IndicatorCatalogue) -> [WireProtocol.IndicatorDefinition] {
        catalogue.definitions.map { definition in
            WireProtocol.IndicatorDefinition(
                id: definition.id, version: definition.version, name: definition.name,
                unit: definition.unit.swedishName, personBased: definition.basis == .personBased,
                minimumCount: definition.suppressionThreshold)
        }
    }

    /// The release reference (version and hash of the wire definitions) that batches carry.
    public static func reference(_ catalogue: IndicatorCatalogue) -> CatalogueVersionRef {
        // The wire definitions hold only strings, integers and booleans: canonical encoding cannot fail.
        let hash = (try? CatalogueRelease.hash(of: definitions(catalogue))) ?? ""
        return CatalogueVersionRef(version: catalogue.version, hash: hash)
    }

    /// The hub's standard item validator over `catalogue`.
    public static func validator(_ catalogue: IndicatorCatalogue) -> HubIngest.Validator {
        HubItemValidator.standard(catalogue: definitions(catalogue))
    }
}
