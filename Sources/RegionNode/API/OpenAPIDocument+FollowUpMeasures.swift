extension OpenAPIDocument {
    /// The follow-up measures: inflow vs forecast, capacity, waiting lists, care guarantee. Each takes `unit`
    /// (default: a manager's own unit, else the region); a unit outside a manager's part of the tree is 404, and
    /// missing data (no forecast before the weeks, no revised capacity, no agreed plan) is 409 with a sentence
    /// saying what to import.
    static var followUpMeasurePaths: [String: Any] {
        let object: [String: Any] = ["type": "object"]
        let unit = query("unit", "Enhet (en chef ser bara sitt område).", required: false)
        return [
            "/follow-up/forecast-accuracy": [
                "get": operation(
                    "followUpForecastAccuracy",
                    "Inflöde mot prognosen som gällde före varje vecka: MAE, MAPE, WAPE, bias; alla veckor, "
                        + "normalveckor och lågproduktionsveckor; per vecka, per underenhet och per planeringsobjekt.",
                    parameters: [unit], responses: ok(object))
            ],
            "/follow-up/capacity": [
                "get": operation(
                    "followUpCapacity",
                    "Tillgänglig kapacitet (planerad − frånvaro) per resurs: rapporterad efter veckans start mot värdet "
                        + "före veckans måndag; normal- och lågproduktionsveckor för sig; per vecka.",
                    parameters: [unit], responses: ok(object))
            ],
            "/follow-up/waiting-lists": [
                "get": operation(
                    "followUpWaitingLists",
                    "Väntande vid varje uttag under en överenskommen plan mot planens projektion; per planeringsobjekt "
                        + "vid senaste uttaget.",
                    parameters: [unit], responses: ok(object))
            ],
            "/follow-up/care-guarantee": [
                "get": operation(
                    "followUpCareGuarantee",
                    "Vårdgaranti som till SKR: andel som väntat högst 90 dagar vid senaste uttaget; andel avslutade "
                        + "väntetider inom 90 dagar senaste hela månaden och hittills i år (undre och övre gräns, "
                        + "härledda ur på varandra följande uttag); totalt, per specialitet och per enhet.",
                    parameters: [unit], responses: ok(object))
            ],
        ]
    }
}
