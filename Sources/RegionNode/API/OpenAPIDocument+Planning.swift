extension OpenAPIDocument {
    /// Resource-use overrides (kapacitetsåtgång) and acute dimensioning.
    static var planningInputPaths: [String: Any] {
        let object: [String: Any] = ["type": "object"]
        let pair = [
            parameter("unit", "Enhetens kod (en enhet med egna planeringsobjekt)."),
            parameter("resource", "Resursens kod, t.ex. LAK."),
        ]
        return [
            "/resource-use": [
                "get": operation(
                    "listResourceUse",
                    "Resursåtgång per enhet och resurs: skattning, manuellt värde, källa, RMSE och ändringshistorik.",
                    parameters: [query("unit", "Bara denna enhet.", required: false)], responses: ok(object))
            ],
            "/acute-arrivals": [
                "put": operation(
                    "storeAcuteArrivals",
                    "Spara ankomster per timme för akut dimensionering (analytiker/admin), ersätter de sparade: CSV "
                        + "med datum;timme;ankomster eller tidpunkt. ?file=namn.csv.",
                    parameters: [query("file", "Filens namn (visas på sidan).", required: false)], rawBody: true,
                    responses: ok(object))
            ],
            "/acute-dimensioning": [
                "get": operation(
                    "acuteDimensioning",
                    "Kapacitet per veckodag och timme vid en percentil av de sparade ankomsterna, och timmar och dagar "
                        + "över den.",
                    parameters: [query("percentile", "Percentil 1–100 (standard 85).", required: false)],
                    responses: ok(object))
            ],
            "/resource-use/{unit}/{resource}": [
                "put": operation(
                    "setResourceUse",
                    "Sätt resursåtgången (analytiker/admin): {\"minutes\": minuter per enhet — vårddagar för "
                        + "vårdplatser, \"reason\": varför, \"object\": valfritt planeringsobjekt}.",
                    parameters: pair, body: object, responses: ok(object)),
                "delete": operation(
                    "clearResourceUse",
                    "Ta bort det manuella värdet så att skattningen gäller igen (analytiker/admin); reason krävs, "
                        + "i frågesträngen eller som {\"reason\", \"object\"}.",
                    parameters: pair + [
                        query("reason", "Varför.", required: false),
                        query("object", "Planeringsobjekt (utan: hela enheten).", required: false),
                    ], responses: ok(object)),
            ],
        ]
    }
}
