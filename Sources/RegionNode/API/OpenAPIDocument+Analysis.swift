extension OpenAPIDocument {
    /// Follow-up and plan-analysis operations. Their bodies are described by field in the summaries; the shapes
    /// are the JSON the endpoints return (see the README's API section).
    static var analysisPaths: [String: Any] {
        let planID = parameter("id", "Planens id.", schema: ["type": "integer"])
        let version = parameter("n", "Versionens nummer.", schema: ["type": "integer"])
        let object: [String: Any] = ["type": "object"]
        return [
            "/sync/status": [
                "get": operation(
                    "syncStatus", "Synk mot hubben per ström: senaste lyckade, kö, äldsta osända, senaste fel.",
                    responses: ok(object))
            ],
            "/follow-up": [
                "get": operation(
                    "followUp", "Utfall mot överenskommen plan per nivå och de tre objekt som ligger mest efter.",
                    parameters: [
                        query("unit", "Enhet (en chef ser bara sitt område).", required: false),
                        query("period", "ytd (standard), week, month eller week:ÅÅÅÅ-Wvv.", required: false),
                    ], responses: ok(object))
            ],
            "/follow-up/objects/{object}": [
                "get": operation(
                    "followUpObject", "Ett objekts SPC-diagram (XmR) och plan mot utfall per vecka.",
                    parameters: [parameter("object", "Planeringsobjektets kod.")], responses: ok(object))
            ],
            "/follow-up/rounds": [
                "post": operation(
                    "followUpRound", "Kör veckans uppföljningsrunda: {\"week\": \"2026-W12\"} (analytiker).",
                    body: object, responses: ok(object))
            ],
            "/deviations": [
                "get": operation(
                    "listDeviations", "Avvikelser med kommentarer och eskaleringar.",
                    parameters: [query("unit", "Enhet.", required: false)], responses: ok(object))
            ],
            "/deviations/{id}/comments": [
                "post": operation(
                    "commentDeviation", "Kommentera: {\"cause\", \"action\", \"owner\"}.",
                    parameters: [parameter("id", "Avvikelsens id.")], body: object, responses: ok(object))
            ],
            "/deviations/{id}/resolve": [
                "post": operation(
                    "resolveDeviation", "Markera som åtgärdad: {\"note\"}.",
                    parameters: [parameter("id", "Avvikelsens id.")], body: object, responses: ok(object))
            ],
            "/plans/{id}/versions/{n}/actions": [
                "get": operation(
                    "listActions", "Balanseringsåtgärder i en version.", parameters: [planID, version],
                    responses: ok(object)),
                "post": operation(
                    "addAction", "Lägg till en balanseringsåtgärd i ett utkast (analytiker).",
                    parameters: [planID, version], body: object, responses: ok(object)),
            ],
            "/plans/{id}/versions/{n}/scenario": [
                "post": operation(
                    "compareScenario",
                    "Jämför versionen med ett scenario: moreReferralsPercent, closedWeeks, buy, extraOperationResource.",
                    parameters: [planID, version], body: object, responses: ok(object))
            ],
            "/plans/{id}/goals": [
                "get": operation(
                    "listGoals", "Produktionsmål och avvikelser mot dem.", parameters: [planID], responses: ok(object)),
                "post": operation(
                    "addGoal", "Lägg till ett mål: year, quarter?, volume, specialty? (analytiker).",
                    parameters: [planID], body: object, responses: ok(object)),
            ],
            "/plans/{id}/versions/{n}/days": [
                "get": operation(
                    "dailyPlan", "En veckas plan per dag (helgdagar borttagna).",
                    parameters: [
                        planID, version, query("object", "Planeringsobjekt.", required: true),
                        query("week", "Vecka ÅÅÅÅ-Wvv.", required: true),
                        query("open", "Öppetdagar, t.ex. mon,tue,wed,thu,fri.", required: false),
                    ], responses: ok(object))
            ],
            "/plans/{id}/versions/{n}/waiting": [
                "get": operation(
                    "waitingProjection", "Väntelistan vecka för vecka under planen.",
                    parameters: [
                        planID, version, query("object", "Planeringsobjekt.", required: true),
                        query("limitDays", "Gräns i dagar (standard 90).", required: false),
                        query("policy", "priority (standard) eller longest-first.", required: false),
                    ], responses: ok(object))
            ],
        ]
    }
}
