extension OpenAPIDocument {
    /// Resource-use overrides (kapacitetsåtgång).
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
