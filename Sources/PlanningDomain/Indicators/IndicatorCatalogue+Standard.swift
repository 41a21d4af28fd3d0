extension IndicatorCatalogue {
    /// The network's first catalogue (version 1): twelve indicators per specialty, per week and per month.
    ///
    /// Waiting-time limits follow vårdgarantin (90 days); a region or the agency can publish shorter limits as new
    /// definitions with their own ids. Counts are person-based (suppressed below k = 5); occupancy and
    /// utilisation are resource-based.
    public static let standard: IndicatorCatalogue = {
        do throws(IndicatorCatalogueError) {
            return try IndicatorCatalogue(version: 1, definitions: standardDefinitions)
        } catch {
            // The list below is fixed source text; a failure is a programming error caught by the tests.
            preconditionFailure("the standard indicator catalogue is invalid: \(error.message)")
        }
    }()

    private static let standardDefinitions: [IndicatorDefinition] = [
        IndicatorDefinition(
            id: "inflow", version: 1, name: "Inflöde (remisser)",
            description: "Antal nya remisser och nya på väntelistan under perioden.",
            formula: .inflow, unit: .patients, direction: .neutral, basis: .personBased),
        IndicatorDefinition(
            id: "production", version: 1, name: "Produktion (utfall)",
            description: "Antal utförda besök, operationer och vårddagar under perioden.",
            formula: .production, unit: .activities, direction: .neutral, basis: .personBased),
        IndicatorDefinition(
            id: "production-vs-plan", version: 1, name: "Produktion mot plan",
            description: "Utfall delat med planerad volym enligt gällande produktionsplan; 100 % betyder enligt plan.",
            formula: .productionVersusPlan, unit: .ratio, direction: .higherIsBetter, basis: .personBased),
        IndicatorDefinition(
            id: "waiting", version: 1, name: "Antal väntande",
            description: "Antal patienter på väntelistan vid periodens sista uttag.",
            formula: .waiting, unit: .patients, direction: .lowerIsBetter, basis: .personBased),
        IndicatorDefinition(
            id: "waiting-over-90", version: 1, name: "Väntande mer än 90 dagar",
            description: "Antal patienter som vid periodens sista uttag har väntat mer än 90 dagar.",
            formula: .waitingLongerThan(days: 90), unit: .patients, direction: .lowerIsBetter, basis: .personBased),
        IndicatorDefinition(
            id: "share-waiting-within-90", version: 1, name: "Andel väntande inom 90 dagar",
            description: "Andel av de väntande vid periodens sista uttag som har väntat högst 90 dagar "
                + "(vårdgarantin).",
            formula: .shareWaitingWithin(days: 90), unit: .share, direction: .higherIsBetter, basis: .personBased),
        IndicatorDefinition(
            id: "share-treated-within-90", version: 1, name: "Andel behandlade inom 90 dagar",
            description: "Andel av de patienter vars väntan avslutades under perioden som hade väntat högst 90 dagar.",
            formula: .shareTreatedWithin(days: 90), unit: .share, direction: .higherIsBetter, basis: .personBased),
        IndicatorDefinition(
            id: "forecast-error", version: 1, name: "Prognosfel för inflöde",
            description: "Summan av absoluta avvikelser mellan utfall och prognos för inflödet, per planeringsobjekt "
                + "och vecka, delat med utfallet (WAPE). Lägre är träffsäkrare.",
            formula: .forecastError, unit: .ratio, direction: .lowerIsBetter, basis: .personBased),
        IndicatorDefinition(
            id: "bed-occupancy", version: 1, name: "Beläggningsgrad",
            description: "Belagda vårddagar delat med disponibla vårdplatsdagar (vårdplatser × 7 per vecka).",
            formula: .bedOccupancy, unit: .ratio, direction: .neutral, basis: .resourceBased),
        IndicatorDefinition(
            id: "cancellations", version: 1, name: "Strykningar",
            description: "Antal strukna (inställda) planerade åtgärder under perioden.",
            formula: .cancellations, unit: .patients, direction: .lowerIsBetter, basis: .personBased),
        IndicatorDefinition(
            id: "cancellation-share", version: 1, name: "Andel strykningar",
            description: "Strykningar delat med strykningar plus utförd produktion under perioden.",
            formula: .cancellationShare, unit: .share, direction: .lowerIsBetter, basis: .personBased),
        IndicatorDefinition(
            id: "limiting-capacity-utilisation", version: 1, name: "Nyttjandegrad för begränsande kapacitet",
            description: "Använda timmar (produktion × kapacitetsåtgång) delat med tillgängliga timmar, för de "
                + "resurser som regionen angett som begränsande.",
            formula: .limitingCapacityUtilisation(measure: .hours), unit: .ratio, direction: .neutral,
            basis: .resourceBased),
    ]
}
