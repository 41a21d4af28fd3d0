import Foundation
import PlanningDomain
import Testing

@Suite("Indicator catalogue: definitions, hashes, validation and upgrades")
struct IndicatorCatalogueTests {
    let inflow = IndicatorCatalogue.standard.definition(id: "inflow")!

    @Test func standardCatalogueHasTheNetworksTwelveIndicators() {
        let catalogue = IndicatorCatalogue.standard
        #expect(catalogue.version == 1)
        #expect(
            catalogue.ids == [
                "bed-occupancy", "cancellation-share", "cancellations", "forecast-error", "inflow",
                "limiting-capacity-utilisation", "production", "production-vs-plan", "share-treated-within-90",
                "share-waiting-within-90", "waiting", "waiting-over-90",
            ])
        #expect(catalogue.definitions.allSatisfy { $0.problems.isEmpty && $0.version == 1 })
        #expect(catalogue.definitions.allSatisfy { $0.suppressionThreshold == 5 && $0.periodTypes == [.week, .month] })
        #expect(catalogue.definition(id: "bed-occupancy")?.basis == .resourceBased)
        #expect(catalogue.definition(id: "waiting")?.basis == .personBased)
        #expect(catalogue.definition(id: "inflow", version: 2) == nil)
        #expect(catalogue.definition(id: "nope") == nil)
    }

    @Test func definitionHashIsSHA256OfTheDocumentedCanonicalEncoding() {
        // Rebuilt by hand from the documented encoding: `name=<byte count>:<value>\n` per field, in order.
        func field(_ name: String, _ value: String) -> String { "\(name)=\(value.utf8.count):\(value)\n" }
        let text =
            field("format", "balans.indicator-definition/1") + field("id", "inflow") + field("version", "1")
            + field("name", "Inflöde (remisser)")
            + field("description", "Antal nya remisser och nya på väntelistan under perioden.")
            + field("formula", "inflow") + field("unit", "patients") + field("direction", "neutral")
            + field("basis", "personBased") + field("suppression-threshold", "5")
            + field("period-types", "week,month") + field("grouping", "specialty")
        #expect(inflow.canonicalBytes == Array(text.utf8))
        #expect(inflow.contentHash == SHA256.hex(Array(text.utf8)))
        #expect(inflow.contentHash.count == 64)
    }

    @Test func catalogueHashIsStableAcrossConstructionOrder() throws {
        let shuffled = try IndicatorCatalogue(
            version: 1, definitions: IndicatorCatalogue.standard.definitions.reversed())
        #expect(shuffled.contentHash == IndicatorCatalogue.standard.contentHash)
        #expect(shuffled == IndicatorCatalogue.standard)
        // Pinned: a change here means every node and the hub disagree on catalogue v1. Change only on purpose.
        #expect(IndicatorCatalogue.standard.contentHash == Self.pinnedStandardHash)
    }

    static let pinnedStandardHash = "e131ac0a06b37ca034d28dfe4e10fadc624096b19203c6bbcfb3dfd1fd947398"

    @Test func anyChangedFieldChangesTheHash() {
        var variants: [IndicatorDefinition] = []
        func variant(_ change: (inout IndicatorDefinition) -> Void) {
            var copy = inflow
            change(&copy)
            variants.append(copy)
        }
        variant { $0.id = "inflow2" }
        variant { $0.version = 2 }
        variant { $0.name += "." }
        variant { $0.description += "." }
        variant { $0.formula = .production }
        variant { $0.unit = .activities }
        variant { $0.direction = .lowerIsBetter }
        variant { $0.basis = .resourceBased }
        variant { $0.suppressionThreshold = 10 }
        variant { $0.setPeriodTypes([.month]) }
        variant { $0.grouping = .specialtyAndContactType }
        let hashes = Set(variants.map(\.contentHash) + [inflow.contentHash])
        #expect(hashes.count == variants.count + 1)
    }

    @Test func changingADefinitionChangesTheCatalogueHash() throws {
        var changed = inflow
        changed.version = 2
        changed.formula = .waiting
        let definitions = IndicatorCatalogue.standard.definitions.map { $0.id == "inflow" ? changed : $0 }
        let next = try IndicatorCatalogue(version: 2, definitions: definitions)
        let sameContentNewVersion = try IndicatorCatalogue(
            version: 2, definitions: IndicatorCatalogue.standard.definitions)
        #expect(next.contentHash != sameContentNewVersion.contentHash)
        #expect(sameContentNewVersion.contentHash != IndicatorCatalogue.standard.contentHash)
    }

    @Test func duplicateIdsAreRefused() {
        let definitions = [inflow, inflow]
        #expect(throws: IndicatorCatalogueError.duplicateDefinition(id: "inflow")) {
            try IndicatorCatalogue(version: 1, definitions: definitions)
        }
        #expect(IndicatorCatalogue.problems(version: 1, definitions: [inflow, inflow, inflow]).count == 1)
    }

    @Test func invalidDefinitionsAreRefusedWithEveryProblemNamed() {
        var bad = inflow
        bad.id = "Inflöde"
        bad.version = 0
        bad.name = "  "
        bad.formula = .shareWaitingWithin(days: 0)
        bad.suppressionThreshold = 0
        bad.setPeriodTypes([])
        let problems = bad.problems
        #expect(
            problems.map(\.code) == [
                "indicator.invalid_identifier", "indicator.invalid_definition_version", "indicator.missing_text",
                "indicator.invalid_formula_parameter", "indicator.unit_mismatch",
                "indicator.invalid_suppression_threshold", "indicator.no_period_types",
            ])
        #expect(problems.allSatisfy { !$0.message.isEmpty })
        #expect(
            IndicatorCatalogue.problems(version: 0, definitions: []).map(\.code) == [
                "indicator.invalid_catalogue_version", "indicator.empty_catalogue",
            ])
    }

    @Test func capacityFormulasNeedSpecialtyGrouping() {
        var occupancy = IndicatorCatalogue.standard.definition(id: "bed-occupancy")!
        occupancy.grouping = .specialtyAndContactType
        #expect(
            occupancy.problems == [
                .groupingNotSupported(id: "bed-occupancy", formula: "bed-occupancy", grouping: .specialtyAndContactType)
            ])
    }

    @Test func unitMismatchNamesTheAllowedUnits() {
        var share = IndicatorCatalogue.standard.definition(id: "share-waiting-within-90")!
        share.unit = .patients
        let problem = share.problems.first
        #expect(
            problem
                == .unitMismatch(id: share.id, formula: "share-waiting-within(90)", unit: .patients, allowed: [.share]))
        #expect(problem?.message.contains("andel (%)") == true)
    }

    @Test(
        arguments: IndicatorCatalogue.standard.definitions.map(\.formula) + [
            .waitingLongerThan(days: 30), .limitingCapacityUtilisation(measure: .sessions),
        ])
    func formulasRoundTripThroughTheirCanonicalText(formula: IndicatorFormula) throws {
        #expect(try IndicatorFormula.parse(formula.canonicalText) == formula)
    }

    @Test(arguments: ["median-wait", "inflow(3)", "waiting-longer-than", "share-waiting-within(x)", ""])
    func unknownFormulasAreRefused(text: String) {
        #expect(throws: IndicatorCatalogueError.self) { try IndicatorFormula.parse(text) }
    }

    @Test func badFormulaParametersAreRefusedWithTheReason() {
        #expect(throws: IndicatorCatalogueError.unknownFormula(text: "median-wait")) {
            try IndicatorFormula.parse("median-wait")
        }
        for text in ["waiting-longer-than(090)", "waiting-longer-than(-5)", "limiting-capacity-utilisation(minutes)"] {
            #expect {
                try IndicatorFormula.parse(text)
            } throws: { error in
                (error as? IndicatorCatalogueError)?.code == "indicator.invalid_formula_parameter"
            }
        }
    }

    @Test func decodingACatalogueWithAnUnknownFormulaFails() throws {
        let data = try JSONEncoder().encode(IndicatorCatalogue.standard)
        let text = String(decoding: data, as: UTF8.self)
        #expect(try JSONDecoder().decode(IndicatorCatalogue.self, from: data) == .standard)
        let tampered = text.replacingOccurrences(
            of: "\"formula\":\"bed-occupancy\"", with: "\"formula\":\"bed-turnover\"")
        #expect(tampered != text)
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(IndicatorCatalogue.self, from: Data(tampered.utf8))
        }
    }

    @Test func aSuccessorKeepsIdsAndVersionsEveryChange() throws {
        let current = IndicatorCatalogue.standard
        var changed = inflow
        changed.formula = .production
        changed.unit = .activities
        let others = current.definitions.filter { $0.id != "inflow" }

        // Formula changed under the same version: refused.
        let sameVersion = try IndicatorCatalogue(version: 2, definitions: others + [changed])
        #expect(current.successorProblems(sameVersion) == [.changedWithoutNewVersion(id: "inflow", version: 1)])

        // With a new definition version and a new id added: accepted.
        changed.version = 2
        var added = inflow
        added.id = "inflow-priority-1"
        let good = try IndicatorCatalogue(version: 2, definitions: others + [changed, added])
        try current.checkSuccessor(good)

        // Catalogue version not raised, an id dropped, a version lowered.
        let dropped = try IndicatorCatalogue(version: 1, definitions: others)
        #expect(
            current.successorProblems(dropped) == [
                .catalogueVersionNotIncreased(current: 1, proposed: 1), .definitionRemoved(id: "inflow"),
            ])
        var lowered = changed
        lowered.version = 1
        let third = try IndicatorCatalogue(version: 3, definitions: others + [lowered, added])
        #expect(
            good.successorProblems(third) == [.definitionVersionDecreased(id: "inflow", current: 2, proposed: 1)])
    }
}
