import PlanningDomain

/// Makes the planning objects: one per specialty, care service, site and medical priority.
enum PlanningObjectBuilder {
    /// Relative size of the hospital sites (main hospital first), normalised over the sites offering a service.
    private static let siteWeights: [Double] = [1.0, 0.6, 0.5, 0.45]

    static func build(
        layout: OrganisationLayout, specialties: [SpecialtyTemplate], population: Int,
        configuration: SyntheticRegionConfiguration
    ) -> [ObjectPlan] {
        let volume = Double(population) / 100_000 * configuration.scale
        var plans: [ObjectPlan] = []
        for specialty in specialties {
            for service in specialty.services {
                let siteIndices = OrganisationLayout.sites(for: service.placement, siteCount: layout.sites.count)
                let weightSum = siteIndices.reduce(0) { $0 + siteWeights[min($1, siteWeights.count - 1)] }
                for siteIndex in siteIndices {
                    guard
                        let leafIndex = layout.leafIndex(
                            specialtyCode: specialty.code, siteIndex: siteIndex, kind: service.unitKind)
                    else {
                        preconditionFailure("no \(service.unitKind) unit for \(specialty.code) at site \(siteIndex)")
                    }
                    let siteShare = siteWeights[min(siteIndex, siteWeights.count - 1)] / weightSum
                    for priority in service.priorities {
                        let object = makeObject(
                            specialty: specialty, service: service, priority: priority.code, siteIndex: siteIndex,
                            layout: layout, unitCode: layout.leaves[leafIndex].code)
                        var random = SeededGenerator(
                            seed: configuration.seed, stream: 1, SeededGenerator.stableHash(object.code))
                        plans.append(
                            ObjectPlan(
                                object: object, leafIndex: leafIndex,
                                weeklyRate: service.ratePer100k * volume * siteShare * priority.share
                                    * random.uniform(0.75, 1.25),
                                trendPerYear: min(0.10, max(-0.08, 0.015 + 0.04 * random.normal())),
                                // Some services are under-resourced (lists grow), some over (lists shrink).
                                capacityRatio: random.uniform(0.90, 1.10),
                                minutes: service.minutes,
                                drivingResource: service.unitKind == .operation
                                    ? ResourceCatalogue.operatingRoom.code : service.provider.code,
                                isAcute: service.isAcute,
                                targetDays: PriorityMix.targetDays(priority.code),
                                lengthOfStay: service.contactType == .inpatient ? specialty.lengthOfStay : 0))
                    }
                }
            }
        }
        return plans
    }

    private static func makeObject(
        specialty: SpecialtyTemplate, service: CareServiceTemplate, priority: String, siteIndex: Int,
        layout: OrganisationLayout, unitCode: String
    ) -> PlanningObject {
        let site = layout.sites[siteIndex]
        // The main hospital's objects carry no site suffix, the other sites' do: "ORT-NYB-LAK-P2-NOR".
        let siteSuffix = siteIndex == 0 ? "" : "-\(site.code)"
        let siteName = siteIndex == 0 ? "" : " (\(site.town))"
        return PlanningObject(
            code: "\(specialty.code)-\(service.code)-\(service.provider.code)-\(priority)\(siteSuffix)",
            name: "\(specialty.specialty): \(service.name), \(service.provider.swedishName.lowercased()), "
                + "\(priority)\(siteName)",
            unitCode: unitCode, specialty: specialty.specialty, careService: service.name,
            providerCategory: service.provider.swedishName, contactType: service.contactType,
            medicalPriority: priority)
    }
}
