import PlanningDomain

extension OpenAPIDocument {
    /// The self-assessment operations, with their shapes inline (Socialstyrelsen's questionnaire and checklist,
    /// answered per organisation unit).
    static var selfAssessmentPaths: [String: Any] {
        let unit = parameter("unit", "Organisationsenhetens kod.")
        let statementAnswer: [String: Any] = [
            "type": "string", "enum": SelfAssessmentAnswer.allCases.map(\.rawValue) + [""],
            "description": "Instämmer i hög grad, delvis, inte alls, vet ej/ej relevant; tom text = inget svar.",
        ]
        let checklistAnswer: [String: Any] = [
            "type": "string", "enum": ChecklistAnswer.allCases.map(\.rawValue) + [""],
            "description": "Ja, Majoritet, Minoritet, Nej, Vet ej; tom text = inget svar.",
        ]
        let input: [String: Any] = [
            "type": "object",
            "properties": [
                "answeredOn": ["type": "string", "format": "date", "description": "Svarsdatum; i dag om det saknas."],
                "statements": [
                    "type": "object", "additionalProperties": statementAnswer,
                    "description": "Svar per påstående-id (1.1 … 8.3).",
                ],
                "checklist": [
                    "type": "object", "additionalProperties": checklistAnswer,
                    "description": "Svar per checklistfråga (1 … 23).",
                ],
                "reflections": [
                    "type": "object", "additionalProperties": ["type": "string", "maxLength": 10_000],
                    "description": "Egen analys/reflektion per område (1 … 8).",
                ],
            ],
        ]
        let nullableString: [String: Any] = ["type": ["string", "null"]]
        let row: [String: Any] = [
            "type": "object",
            "properties": [
                "unit": ["type": "string"], "name": ["type": "string"], "level": ["type": "string"],
                "status": ["type": "string", "enum": ["notStarted", "started", "complete"]],
                "statementsAnswered": ["type": "integer"], "checklistAnswered": ["type": "integer"],
                "focusAreas": ["type": "array", "items": ["type": "integer"]], "answeredOn": nullableString,
                "updatedAt": nullableString, "updatedBy": nullableString, "mayAnswer": ["type": "boolean"],
            ],
        ]
        let list: [String: Any] = [
            "type": "object",
            "properties": [
                "version": ["type": "string"], "statementCount": ["type": "integer"],
                "checklistCount": ["type": "integer"], "units": ["type": "array", "items": row],
            ],
        ]
        let detail: [String: Any] = [
            "type": "object",
            "description": "Svaren, sammanställningen per område (areas), var ni bör fokusera (focus, svagast "
                + "först) och checklistans luckor (checklistGaps) och poäng per aktivitet (checklistScores).",
            "properties": [
                "unit": ["type": "string"], "name": ["type": "string"], "version": ["type": "string"],
                "status": ["type": "string"], "answeredOn": nullableString, "updatedAt": nullableString,
                "updatedBy": nullableString, "mayAnswer": ["type": "boolean"],
                "statements": ["type": "object", "additionalProperties": ["type": "string"]],
                "checklist": ["type": "object", "additionalProperties": ["type": "string"]],
                "reflections": ["type": "object", "additionalProperties": ["type": "string"]],
                "areas": ["type": "array", "items": ["type": "object"]],
                "focus": [
                    "type": "array",
                    "items": [
                        "type": "object",
                        "properties": ["area": ["type": "integer"], "sentence": ["type": "string"]],
                    ],
                ],
                "checklistGaps": ["type": "array", "items": ["type": "integer"]],
                "checklistScores": ["type": "array", "items": ["type": "object"]],
                "checklistNote": nullableString,
            ],
        ]
        return [
            "/self-assessments": [
                "get": operation(
                    "listSelfAssessments",
                    "Självskattningen per organisationsenhet du ser: status, antal svar och svagaste områden.",
                    responses: ok(list))
            ],
            "/self-assessments/{unit}": [
                "get": operation(
                    "getSelfAssessment", "En enhets svar och sammanställning (var ni bör fokusera).",
                    parameters: [unit], responses: ok(detail)),
                "put": operation(
                    "saveSelfAssessment",
                    "Ersätt enhetens svar (produktionsanalytiker, eller strategisk/taktisk chef för enheten). "
                        + "Fel ger 422 self_assessment.invalid med fältet och rättelsen i details.",
                    parameters: [unit], body: input, responses: ok(detail)),
            ],
        ]
    }
}
