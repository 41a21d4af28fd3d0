/// The JSON shapes of ``NodeAPI`` and ``PlanAPI`` as OpenAPI 3.1 schemas.
enum NodeAPISchemas {
    static var string: [String: Any] { ["type": "string"] }
    static var integer: [String: Any] { ["type": "integer"] }
    static var number: [String: Any] { ["type": "number"] }
    static var boolean: [String: Any] { ["type": "boolean"] }
    static var strings: [String: Any] { ["type": "array", "items": ["type": "string"]] }

    /// `type` or null (3.1 style).
    static func nullable(_ type: String) -> [String: Any] { ["type": [type, "null"]] }

    static func ref(_ name: String) -> [String: Any] { OpenAPIDocument.ref(name) }
    static func array(_ name: String) -> [String: Any] { OpenAPIDocument.array(ref(name)) }

    /// An object whose properties are all required except `optional`.
    static func object(_ properties: [String: [String: Any]], optional: Set<String> = []) -> [String: Any] {
        [
            "type": "object", "properties": properties,
            "required": properties.keys.filter { !optional.contains($0) }.sorted(),
        ]
    }

    static var all: [String: Any] {
        [
            "Error": object(["error": string, "message": string, "details": strings], optional: ["details"]),
            "Coverage": object([
                "rows": integer, "weeks": integer, "firstWeek": nullable("string"), "lastWeek": nullable("string"),
                "total": number,
            ]),
            "Snapshot": object(["date": string, "entries": integer]),
            "Status": object([
                "unitsByLevel": ["type": "object", "additionalProperties": integer], "planningObjects": integer,
                "resources": integer, "inflow": ref("Coverage"), "production": ref("Coverage"),
                "cancellations": ref("Coverage"), "occupiedBedDays": ref("Coverage"), "completedWaits": ref("Coverage"),
                "capacity": ref("Coverage"), "waitingSnapshots": array("Snapshot"), "importRuns": integer,
                "lastImportAt": nullable("string"),
            ]),
            "ForecastWeek": object([
                "week": string, "mean": number, "p025": number, "p10": number, "p50": number, "p90": number,
                "p975": number,
            ]),
            "Score": object([
                "method": string, "mase": nullable("number"), "smape": nullable("number"), "bias": nullable("number"),
                "coverage80": nullable("number"), "coverage95": nullable("number"), "origins": integer,
                "chosen": boolean,
            ]),
            "Forecast": object(
                [
                    "object": string, "unit": string, "runID": integer, "runFinishedAt": string, "method": string,
                    "methodVersion": string, "model": string,
                    "parameters": ["type": "object", "additionalProperties": number], "pinned": boolean,
                    "note": nullable("string"), "inputSHA256": string, "historyWeeks": integer,
                    "weeks": array("ForecastWeek"), "backtest": array("Score"),
                ], optional: ["note"]),
            "ForecastSummary": object(
                [
                    "object": string, "unit": string, "method": string, "model": string,
                    "firstWeek": nullable("string"), "meanFirst13Weeks": number,
                ], optional: ["firstWeek"]),
            "ForecastRunBody": object(
                ["horizon": integer, "unit": string, "objects": strings, "method": string],
                optional: ["horizon", "unit", "objects", "method"]),
            "ForecastRunResult": object([
                "runID": integer, "objects": integer, "firstWeek": string, "horizon": integer,
                "methods": ["type": "object", "additionalProperties": integer],
                "notes": ["type": "object", "additionalProperties": string],
                "keptPrevious": ["type": "object", "additionalProperties": string],
            ]),
            "ImportFile": object([
                "name": string, "feed": string, "rows": integer, "records": integer, "ignoredColumns": strings,
            ]),
            "ImportResult": object([
                "importRun": integer, "records": integer, "changed": integer, "files": array("ImportFile"),
            ]),
        ].merging(planSchemas) { first, _ in first }
    }

    static var planSchemas: [String: Any] {
        [
            "CreateBody": object(
                ["unit": string, "name": string, "user": string, "startWeek": string], optional: ["user", "startWeek"]),
            "StepBody": object(
                ["user": string, "level": string, "comment": string], optional: ["user", "level", "comment"]),
            "EditBody": object(
                [
                    "user": string, "level": string, "object": string, "week": string, "volume": number,
                    "comment": string,
                ], optional: ["user", "level", "comment"]),
            "NewVersionBody": object(
                ["from": integer, "user": string, "comment": string], optional: ["user", "comment"]),
            "Created": object([
                "id": integer, "version": integer, "scope": string, "startWeek": string, "endWeek": string,
                "weeks": integer, "objects": integer, "total": number, "objectsWithoutForecast": integer,
                "filledWeeks": integer,
            ]),
            "Event": object(["event": string, "user": string, "level": string, "at": string, "comment": string]),
            "QuarterTotal": object(["quarter": string, "label": string, "total": number]),
            "GoalWarning": object([
                "goal": string, "kind": ["type": "string", "enum": ["belowGoal", "aboveGoal", "partialCoverage"]],
                "planned": number, "difference": number, "message": string,
            ]),
            "Version": object(
                [
                    "number": integer, "parent": nullable("integer"),
                    "status": ["type": "string", "enum": ["draft", "proposed", "agreed", "superseded"]],
                    "statusName": string, "awaiting": strings, "agreements": array("Event"),
                    "history": array("Event"), "startWeek": string, "weeks": integer, "total": number,
                    "quarterTotals": array("QuarterTotal"), "actions": strings, "goalWarnings": array("GoalWarning"),
                ], optional: ["parent"]),
            "Plan": object([
                "id": integer, "name": string, "scope": string, "createdAt": string, "createdBy": string,
                "versions": array("Version"),
            ]),
            "Limiting": object(
                [
                    "unit": string, "resource": string, "period": string, "periodLabel": string, "measure": string,
                    "utilisation": nullable("number"), "gap": number, "weeks": strings,
                ], optional: ["utilisation"]),
            "Shortfall": object([
                "unit": string, "resource": string, "period": string, "periodLabel": string, "measure": string,
                "need": number, "available": number, "gap": number,
            ]),
            "ResourceTotal": object([
                "resource": string, "measure": string, "available": number, "need": number,
                "shortfallBefore": number, "shortfallAfter": number,
            ]),
            "Balance": object([
                "plan": integer, "version": integer, "by": string, "actions": strings, "limiting": array("Limiting"),
                "shortfalls": array("Shortfall"), "totals": array("ResourceTotal"), "warnings": strings,
                "resourceUse": array("ResourceUseSource"), "capacityWeeks": array("CapacityWeek"),
            ]),
            "ResourceUseSource": object(
                [
                    "unit": string, "resource": string, "object": nullable("string"),
                    "origin": ["type": "object", "description": "kind (history, fallback, manual) och description."],
                ], optional: ["object"]),
            "CapacityWeek": object([
                "week": string, "source": ["type": "string", "enum": ["plan", "mixed", "projected", "none"]],
                "sourceLabel": string, "fromPlan": integer, "fromEarlierYear": integer, "fromRecentMean": integer,
            ]),
            "Effect": object(
                [
                    "effect": string, "version": integer, "parent": nullable("integer"), "level": nullable("string"),
                    "awaiting": strings, "byVersion": nullable("integer"), "message": string,
                ], optional: ["parent", "level", "awaiting", "byVersion"]),
            "StepResult": object([
                "plan": integer, "version": integer, "status": string, "statusName": string, "awaiting": strings,
                "effects": array("Effect"),
            ]),
            "NewVersionResult": object(["plan": integer, "number": integer, "from": integer, "status": string]),
        ]
    }
}
