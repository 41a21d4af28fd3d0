extension OpenAPIDocument {
    /// The network's shared knowledge as the node holds it: the published learning examples downloaded from
    /// the hub.
    static var networkPaths: [String: Any] {
        [
            "/learning-examples": [
                "get": operation(
                    "listLearningExamples",
                    "Publicerade lärande exempel som noden har hämtat från hubben, senast publicerade först.",
                    parameters: [
                        query(
                            "theme", "Bara ett tema (t.ex. realisticPlanning).", required: false,
                            schema: [
                                "type": "string",
                                "enum": [
                                    "introducingSteering", "dataAndLaw", "realisticPlanning", "capacityDefinition",
                                    "itSupport",
                                ],
                            ]),
                        query("q", "Sökord; alla ord måste finnas i exemplet.", required: false),
                    ], responses: ok(ref("LearningExampleList")))
            ],
            "/learning-examples/{id}": [
                "get": operation(
                    "getLearningExample", "Ett publicerat lärande exempel med problem, vad som gjordes och resultat.",
                    parameters: [parameter("id", "Exemplets id i hubben.")], responses: ok(ref("LearningExample")))
            ],
        ]
    }
}

extension NodeAPISchemas {
    /// Schemas of ``networkPaths``.
    static var network: [String: Any] {
        [
            "LearningExampleSummary": object(
                [
                    "id": string, "revision": integer, "title": string, "theme": string, "themeName": string,
                    "level": nullable("string"), "levelName": string, "regionCode": string, "regionName": string,
                    "publishedOn": string, "summary": string,
                ], optional: ["level"]),
            "LearningExampleList": object(["examples": array("LearningExampleSummary")]),
            "LearningExample": object(
                [
                    "example": ref("LearningExampleSummary"), "problem": nullable("string"),
                    "whatWasDone": nullable("string"), "results": nullable("string"), "body": string,
                ], optional: ["problem", "whatWasDone", "results"]),
        ]
    }
}
