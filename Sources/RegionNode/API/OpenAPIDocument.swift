import Foundation
import Hummingbird

/// The OpenAPI 3.1 description of the node's JSON API, served at `GET /api/v1/openapi.json`.
///
/// Hand-written next to the controllers (a test checks that every registered `/api/v1` route appears here), so
/// it documents what the code does, in the API's own words: English field names, Swedish messages.
enum OpenAPIDocument {
    /// The route.
    static func addRoute<Context: RequestContext>(to group: RouterGroup<Context>) {
        group.get("openapi.json") { _, _ in
            Response(
                status: .ok,
                headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "public, max-age=3600"],
                body: .init(byteBuffer: ByteBuffer(bytes: json)))
        }
    }

    /// The document's bytes (sorted keys, so it is stable).
    static let json: [UInt8] = {
        let data = try? JSONSerialization.data(withJSONObject: document, options: [.sortedKeys, .prettyPrinted])
        return Array(data ?? Data())
    }()

    /// Every path with its operations.
    static var document: [String: Any] {
        [
            "openapi": "3.1.0",
            "info": [
                "title": "Balans regionnod – API",
                "version": "1",
                "description":
                    "Regionnodens JSON-API: status, prognoser, import och produktionsplaner med överenskommelser. "
                    + "Anrop kräver Authorization: Bearer <API-nyckel> (skapa med balans user token) eller en "
                    + "inloggad session. Fel har formen {error, message, details}.",
            ],
            "servers": [["url": "/api/v1"]],
            "security": [["bearer": [String]()], ["session": [String]()]],
            "paths": paths,
            "components": [
                "securitySchemes": [
                    "bearer": ["type": "http", "scheme": "bearer"],
                    "session": ["type": "apiKey", "in": "cookie", "name": "balans_session"],
                ],
                "schemas": NodeAPISchemas.all.merging(NodeAPISchemas.network) { first, _ in first },
                "responses": [
                    "Error": response("Fel med kod och förklaring på svenska.", ref("Error"))
                ],
            ],
        ]
    }

    static var paths: [String: Any] {
        let planID = parameter("id", "Planens id.", schema: ["type": "integer"])
        let version = parameter("n", "Versionens nummer.", schema: ["type": "integer"])
        var result: [String: Any] = [
            "/openapi.json": [
                "get": operation(
                    "openapi", "Detta dokument.", responses: ["200": response("OpenAPI 3.1.", ["type": "object"])],
                    secured: false)
            ],
            "/status": ["get": operation("status", "Regionens data i korthet.", responses: ok(ref("Status")))],
            "/forecasts": [
                "get": operation(
                    "listForecasts", "Senaste prognos per planeringsobjekt, en rad per objekt.",
                    parameters: [
                        query("unit", "Bara objekt under enheten (en chef ser bara sitt område).", required: false)
                    ], responses: ok(array(ref("ForecastSummary"))))
            ],
            "/forecasts/{object}": [
                "get": operation(
                    "getForecast", "Ett objekts senaste prognos med intervall och backtest.",
                    parameters: [parameter("object", "Planeringsobjektets kod.")], responses: ok(ref("Forecast")))
            ],
            "/forecast-runs": [
                "post": operation(
                    "runForecast", "Kör prognosen (produktionsanalytiker).", body: ref("ForecastRunBody"),
                    responses: ok(ref("ForecastRunResult")))
            ],
            "/imports": [
                "post": operation(
                    "importFile", "Importera en fil (CSV eller .xlsx) som rå kropp; allt eller inget.",
                    parameters: [
                        query("file", "Filens namn; avgör flödet om feed saknas.", required: true),
                        query("feed", "Flöde, t.ex. inflow.", required: false),
                        query("sheet", "Blad i arbetsboken.", required: false),
                        query("snapshotDate", "Uttagsdatum ÅÅÅÅ-MM-DD för väntelistor.", required: false),
                    ],
                    rawBody: true, responses: ok(ref("ImportResult")))
            ],
            "/plans": [
                "post": operation(
                    "createPlan", "Skapa en plan från prognosen (produktionsanalytiker).", body: ref("CreateBody"),
                    responses: ["201": response("Planen är skapad.", ref("Created"))])
            ],
            "/plans/{id}": [
                "get": operation(
                    "getPlan", "Planen med versioner, historik och målavvikelser.", parameters: [planID],
                    responses: ok(ref("Plan")))
            ],
            "/plans/{id}/versions": [
                "post": operation(
                    "newVersion", "Ny version (utkast) från en befintlig.", parameters: [planID],
                    body: ref("NewVersionBody"),
                    responses: ["201": response("Versionen är skapad.", ref("NewVersionResult"))])
            ],
            "/plans/{id}/versions/{n}/balance": [
                "get": operation(
                    "balancePlan", "Balansering: begränsande resurser, underskott och summor.",
                    parameters: [
                        planID, version,
                        query(
                            "by", "week, month eller quarter (standard month).", required: false,
                            schema: ["type": "string", "enum": ["week", "month", "quarter"]]),
                    ], responses: ok(ref("Balance")))
            ],
            "/plans/{id}/versions/{n}/edit": [
                "post": operation(
                    "editPlan", "Ändra en veckas volym i ett utkast.", parameters: [planID, version],
                    body: ref("EditBody"), responses: ok(ref("StepResult")))
            ],
        ]
        let steps = [
            ("propose", "Föreslå utkastet för godkännande (produktionsanalytiker)."),
            ("agree", "Godkänn förslaget på din nivå (strategisk eller taktisk chef inom sitt område)."),
            ("reject", "Avvisa förslaget med en kommentar (strategisk eller taktisk chef)."),
        ]
        for (step, summary) in steps {
            result["/plans/{id}/versions/{n}/\(step)"] = [
                "post": operation(
                    "\(step)Plan", summary, parameters: [planID, version], body: ref("StepBody"),
                    responses: ok(ref("StepResult")))
            ]
        }
        result.merge(analysisPaths) { first, _ in first }
        result.merge(planningInputPaths) { first, _ in first }
        result.merge(selfAssessmentPaths) { first, _ in first }
        result.merge(networkPaths) { first, _ in first }
        result.merge(exchangePaths) { first, _ in first }
        result.merge(followUpMeasurePaths) { first, _ in first }
        return result
    }

    // MARK: - Building blocks

    static func ref(_ name: String) -> [String: Any] { ["$ref": "#/components/schemas/\(name)"] }

    static func array(_ items: [String: Any]) -> [String: Any] { ["type": "array", "items": items] }

    static func response(_ description: String, _ schema: [String: Any]) -> [String: Any] {
        ["description": description, "content": ["application/json": ["schema": schema]]]
    }

    static func ok(_ schema: [String: Any]) -> [String: Any] { ["200": response("Svar.", schema)] }

    static func parameter(_ name: String, _ description: String, schema: [String: Any] = ["type": "string"])
        -> [String: Any]
    {
        ["name": name, "in": "path", "required": true, "description": description, "schema": schema]
    }

    static func query(
        _ name: String, _ description: String, required: Bool, schema: [String: Any] = ["type": "string"]
    ) -> [String: Any] {
        ["name": name, "in": "query", "required": required, "description": description, "schema": schema]
    }

    static func operation(
        _ id: String, _ summary: String, parameters: [[String: Any]] = [], body: [String: Any]? = nil,
        rawBody: Bool = false, responses: [String: Any], secured: Bool = true
    ) -> [String: Any] {
        var result: [String: Any] = ["operationId": id, "summary": summary]
        if !parameters.isEmpty { result["parameters"] = parameters }
        if let body {
            result["requestBody"] = ["required": true, "content": ["application/json": ["schema": body]]]
        }
        if rawBody {
            result["requestBody"] = [
                "required": true,
                "content": ["application/octet-stream": ["schema": ["type": "string", "format": "binary"]]],
            ]
        }
        var all = responses
        let error: [String: Any] = ["$ref": "#/components/responses/Error"]
        for status in secured ? ["400", "401", "403", "404", "409", "422"] : ["404"] { all[status] = error }
        result["responses"] = all
        if !secured { result["security"] = [[String: Any]]() }
        return result
    }
}
