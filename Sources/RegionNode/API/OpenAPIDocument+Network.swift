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
            "/own-learning-examples": [
                "get": operation(
                    "listOwnLearningExamples",
                    "Regionens egna lärande exempel på noden: utkast, skickade revisioner och var de är.",
                    responses: ok(ref("OwnLearningExampleList"))),
                "post": operation(
                    "createOwnLearningExample", "Påbörjar ett eget lärande exempel som utkast.",
                    body: ref("OwnLearningExampleInput"),
                    responses: ["201": response("Utkastet är sparat.", ref("OwnLearningExample"))]),
            ],
            "/own-learning-examples/{id}": [
                "get": operation(
                    "getOwnLearningExample", "Ett eget lärande exempel.",
                    parameters: [parameter("id", "Exemplets id på noden.")], responses: ok(ref("OwnLearningExample"))),
                "put": operation(
                    "updateOwnLearningExample", "Ersätter utkastet (det som redan skickats ändras inte).",
                    parameters: [parameter("id", "Exemplets id på noden.")], body: ref("OwnLearningExampleInput"),
                    responses: ok(ref("OwnLearningExample"))),
            ],
            "/own-learning-examples/{id}/submit": [
                "post": operation(
                    "submitOwnLearningExample",
                    "Skickar utkastet till myndigheten som nästa revision (sparas och läggs i utkorgen i en "
                        + "transaktion; hubben får det vid nästa synkning).",
                    parameters: [parameter("id", "Exemplets id på noden.")], responses: ok(ref("OwnLearningExample")))
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
            "OwnLearningExampleInput": object([
                "title": string, "theme": string, "level": string, "problem": string, "whatWasDone": string,
                "results": string, "contactRole": string,
            ]),
            "OwnLearningExampleRevision": object([
                "revision": integer, "submittedAt": string, "state": string, "stateText": string,
            ]),
            "OwnLearningExample": object(
                [
                    "id": string, "draft": ref("OwnLearningExampleInput"), "hasUnsentChanges": boolean,
                    "updatedAt": string, "revisions": array("OwnLearningExampleRevision"),
                    "publishedRevision": nullable("integer"),
                ], optional: ["publishedRevision"]),
            "OwnLearningExampleList": object(["examples": array("OwnLearningExample")]),
            "LearningExample": object(
                [
                    "example": ref("LearningExampleSummary"), "problem": nullable("string"),
                    "whatWasDone": nullable("string"), "results": nullable("string"), "body": string,
                ], optional: ["problem", "whatWasDone", "results"]),
        ]
    }
}
