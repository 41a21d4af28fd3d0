import Foundation

// The first pass: exact key sets and container types, on the untyped `JSONSerialization` tree.
extension ForecastResponseValidator {
    static let responseKeys = KeySet(required: ["protocolVersion", "model", "forecasts"])
    static let modelKeys = KeySet(required: ["id", "version", "description"])
    static let forecastKeys = KeySet(required: ["id", "mean", "quantiles"], optional: ["parameters"])

    func checkStructure(_ object: Any, into problems: inout ProblemList) {
        guard let root = object as? [String: Any] else {
            let type = Self.typeName(of: object)
            problems.add(.invalidJSON, message: "Svaret måste vara ett JSON-objekt, inte \(type).")
            return
        }
        Self.responseKeys.check(root, place: "svaret", seriesID: nil, into: &problems)
        if let model = root["model"] {
            if let model = model as? [String: Any] {
                Self.modelKeys.check(model, place: "model", seriesID: nil, into: &problems)
            } else {
                problems.add(.wrongType, message: "\"model\" måste vara ett objekt, inte \(Self.typeName(of: model)).")
            }
        }
        guard let forecasts = root["forecasts"] else { return }
        guard let list = forecasts as? [Any] else {
            problems.add(
                .wrongType, message: "\"forecasts\" måste vara en lista, inte \(Self.typeName(of: forecasts)).")
            return
        }
        for (index, element) in list.enumerated() {
            guard let forecast = element as? [String: Any] else {
                problems.add(.wrongType, message: "forecasts[\(index)] måste vara ett objekt.")
                continue
            }
            let seriesID = forecast["id"] as? String
            let place = seriesID.map { "prognosen för serie \"\($0)\"" } ?? "forecasts[\(index)]"
            Self.forecastKeys.check(forecast, place: place, seriesID: seriesID, into: &problems)
            if forecast["id"] != nil, seriesID == nil {
                problems.add(.wrongType, message: "\"id\" i forecasts[\(index)] måste vara en sträng.")
            }
            for key in ["quantiles", "parameters"] {
                if let value = forecast[key], !(value is [String: Any]) {
                    problems.add(
                        .wrongType, seriesID: seriesID,
                        message: "\"\(key)\" i \(place) måste vara ett objekt, inte \(Self.typeName(of: value)).")
                }
            }
            if let value = forecast["mean"], !(value is [Any]) {
                problems.add(
                    .wrongType, seriesID: seriesID,
                    message: "\"mean\" i \(place) måste vara en lista, inte \(Self.typeName(of: value)).")
            }
        }
    }

    static func typeName(of value: Any) -> String {
        switch value {
        case is [String: Any]: "ett objekt"
        case is [Any]: "en lista"
        case is String: "en sträng"
        case is NSNull: "null"
        default: "ett tal eller sanningsvärde"
        }
    }
}

/// The keys an object must have and may have.
struct KeySet {
    let required: Set<String>
    let optional: Set<String>

    init(required: Set<String>, optional: Set<String> = []) {
        self.required = required
        self.optional = optional
    }

    func check(_ object: [String: Any], place: String, seriesID: String?, into problems: inout ProblemList) {
        for key in required.subtracting(object.keys).sorted() {
            problems.add(.missingKey, seriesID: seriesID, message: "Nyckeln \"\(key)\" saknas i \(place).")
        }
        for key in Set(object.keys).subtracting(required).subtracting(optional).sorted() {
            let allowed = required.union(optional).sorted().joined(separator: ", ")
            problems.add(
                .unknownKey, seriesID: seriesID,
                message: "Okänd nyckel \"\(key)\" i \(place); tillåtna nycklar är \(allowed).")
        }
    }
}
