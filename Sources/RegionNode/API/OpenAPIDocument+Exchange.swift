extension OpenAPIDocument {
    /// The capacity-exchange operations, with their shapes inline.
    static var exchangePaths: [String: Any] {
        let string: [String: Any] = ["type": "string"]
        let integer: [String: Any] = ["type": "integer"]
        let state: [String: Any] = [
            "type": "object",
            "description": "Navets läge för en förfrågan, ett erbjudande, ett förslag eller en överenskommelse "
                + "(ExchangeState i docs/sync-protocol.md §11.4).",
            "required": [
                "kind", "id", "version", "status", "region", "specialty", "unit", "count", "firstWeek",
                "lastWeek",
            ],
            "properties": [
                "kind": ["type": "string", "enum": ["request", "offer", "proposal", "agreement"]], "id": string,
                "version": integer, "status": string, "region": string, "counterpart": string, "specialty": string,
                "planningObjectGroup": string, "unit": string, "count": integer, "firstWeek": string,
                "lastWeek": string, "priority": string, "radius": string, "conditions": string, "settled": integer,
                "targetKind": string, "targetID": string, "linked": string, "proposalOrAgreement": string,
                "requestID": string, "offerID": string,
                "deliveries": [
                    "type": "array",
                    "items": ["type": "object", "properties": ["week": string, "delivered": integer]],
                ],
            ],
        ]
        let action: [String: Any] = [
            "type": "object",
            "properties": [
                "key": string, "stream": string, "kind": string, "subject": string, "createdBy": string,
                "createdAt": ["type": "string", "format": "date-time"],
                "state": ["type": "string", "enum": ["waiting", "confirmed", "refused"]], "reason": string,
                "message": string,
            ],
        ]
        let overview: [String: Any] = [
            "type": "object",
            "properties": [
                "regionCode": string, "states": ["type": "array", "items": state],
                "actions": ["type": "array", "items": action],
            ],
        ]
        let input: [String: Any] = [
            "type": "object", "required": ["action"],
            "description": "En åtgärd. request/offer: specialty, unit, count, firstWeek, lastWeek, radius (priority "
                + "för förfrågan); propose: subject, count (veckor valfria); accept-offer: subject, count "
                + "(veckor och requestID valfria); accept-proposal, withdraw, close: subject; decline-proposal och "
                + "cancel: subject, comment; delivery: subject (överenskommelse), week, count; complete: subject.",
            "properties": [
                "action": [
                    "type": "string",
                    "enum": [
                        "request", "offer", "propose", "accept-offer", "accept-proposal", "decline-proposal",
                        "withdraw", "close", "delivery", "complete", "cancel",
                    ],
                ],
                "subject": string, "specialty": string, "planningObjectGroup": string,
                "unit": ["type": "string", "enum": ["visits", "operations", "bedDays"]], "count": integer,
                "firstWeek": string, "lastWeek": string, "week": string,
                "priority": ["type": "string", "enum": ["high", "normal", "low"]],
                "radius": ["type": "string", "enum": ["neighbours", "healthcareRegion", "national"]],
                "conditions": string, "comment": string, "requestID": string,
            ],
        ]
        let accepted: [String: Any] = [
            "type": "object", "properties": ["key": string, "state": ["type": "string", "enum": ["waiting"]]],
        ]
        return [
            "/exchange": [
                "get": operation(
                    "getExchange",
                    "Kapacitetsutbytet som navet senast skickade hit, och regionens egna åtgärder med läge.",
                    responses: ok(overview))
            ],
            "/exchange/actions": [
                "post": operation(
                    "postExchangeAction",
                    "Gör en åtgärd i kapacitetsutbytet (produktionsanalytiker, strategisk eller taktisk chef); den "
                        + "sparas och väntar på synk, navet avgör.",
                    body: input, responses: ["202": response("Sparad, väntar på synk.", accepted)])
            ],
        ]
    }
}
