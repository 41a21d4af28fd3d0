/// A payload that builds its own JSON tree, exactly as its `Encodable` conformance would (optionals that are nil
/// left out), so ``CanonicalJSON/jsonValue(_:)`` can skip the round trip through `JSONEncoder` and the parser for
/// the payloads sent and published by the thousand. A test checks each conformance against that round trip.
public protocol JSONValueConvertible {
    /// The tree, or nil when a number is not finite (the encoder path then reports the error).
    var jsonTree: JSONValue? { get }
}

extension JSONValue {
    /// A finite number, or nil.
    static func finite(_ number: Double) -> JSONValue? { number.isFinite ? .number(number) : nil }

    /// An optional number member as the direct readers see it: absent or null is `.some(nil)`, a number is
    /// `.some(number)`, anything else nil (not this shape).
    static func optionalNumber(_ member: JSONValue?) -> Double?? {
        switch member {
        case nil, .null?: return .some(nil)
        case .number(let value)?: return .some(value)
        default: return nil
        }
    }
}

extension IndicatorValue: JSONValueConvertible {
    public var jsonTree: JSONValue? {
        var object: [String: JSONValue] = [
            "regionCode": .string(regionCode), "indicatorID": .string(indicatorID),
            "definitionVersion": .number(Double(definitionVersion)), "group": .string(group),
            "period": .string(period), "suppressed": .bool(suppressed),
        ]
        for (key, number) in [("numerator", numerator), ("denominator", denominator), ("value", value)] {
            guard let number else { continue }
            guard let tree = JSONValue.finite(number) else { return nil }
            object[key] = tree
        }
        return .object(object)
    }
}

extension ComparisonCell: JSONValueConvertible {
    public var jsonTree: JSONValue? {
        var object: [String: JSONValue] = ["regionCode": .string(regionCode), "suppressed": .bool(suppressed)]
        if let value {
            guard let tree = JSONValue.finite(value) else { return nil }
            object["value"] = tree
        }
        return .object(object)
    }
}

extension NationalComparison: JSONValueConvertible {
    public var jsonTree: JSONValue? {
        var cellTrees: [JSONValue] = []
        cellTrees.reserveCapacity(cells.count)
        for cell in cells {
            guard let tree = cell.jsonTree else { return nil }
            cellTrees.append(tree)
        }
        var object: [String: JSONValue] = [
            "indicatorID": .string(indicatorID), "definitionVersion": .number(Double(definitionVersion)),
            "group": .string(group), "period": .string(period), "cells": .array(cellTrees),
        ]
        if let national {
            guard let tree = JSONValue.finite(national) else { return nil }
            object["national"] = tree
        }
        return .object(object)
    }
}

extension Change: JSONValueConvertible {
    public var jsonTree: JSONValue? {
        var object: [String: JSONValue] = [
            "sequence": .number(Double(sequence)), "key": .string(key.rawValue), "contentHash": .string(contentHash),
        ]
        if let payload { object["payload"] = payload }
        return .object(object)
    }
}

extension ChangeFeed: JSONValueConvertible {
    public var jsonTree: JSONValue? {
        var changeTrees: [JSONValue] = []
        changeTrees.reserveCapacity(changes.count)
        for change in changes {
            guard let tree = change.jsonTree else { return nil }
            changeTrees.append(tree)
        }
        return .object([
            "protocolVersion": .number(Double(protocolVersion)), "stream": .string(stream.rawValue),
            "epoch": .string(epoch), "after": .number(Double(after)), "changes": .array(changeTrees),
            "nextCursor": .number(Double(nextCursor)), "hasMore": .bool(hasMore),
        ])
    }
}

extension IndicatorValue {
    /// The value in `tree`, read field by field; nil when a field is missing or of the wrong type.
    public init?(jsonTree tree: JSONValue) {
        guard case .object(let object) = tree, case .string(let regionCode)? = object["regionCode"],
            case .string(let indicatorID)? = object["indicatorID"],
            case .number(let version)? = object["definitionVersion"], let definitionVersion = Int(exactly: version),
            case .string(let group)? = object["group"], case .string(let period)? = object["period"],
            case .bool(let suppressed)? = object["suppressed"]
        else { return nil }
        let number = { (key: String) in JSONValue.optionalNumber(object[key]) }
        guard let numerator = number("numerator"), let denominator = number("denominator"), let value = number("value")
        else { return nil }
        self.init(
            regionCode: regionCode, indicatorID: indicatorID, definitionVersion: definitionVersion, group: group,
            period: period, numerator: numerator, denominator: denominator, value: value, suppressed: suppressed)
    }

    /// A stored payload (JSON text) as a value: the direct reader, else the `Decodable` path; nil when neither
    /// can read it.
    public static func decodeStored(_ text: String) -> IndicatorValue? {
        guard let tree = try? CanonicalJSON.parse(Array(text.utf8)) else { return nil }
        return IndicatorValue(jsonTree: tree) ?? (try? CanonicalJSON.decode(IndicatorValue.self, from: tree))
    }
}

extension NationalComparison {
    /// The comparison in `tree`, read field by field; nil when a field is missing or of the wrong type.
    public init?(jsonTree tree: JSONValue) {
        guard case .object(let object) = tree, case .string(let indicatorID)? = object["indicatorID"],
            case .number(let version)? = object["definitionVersion"], let definitionVersion = Int(exactly: version),
            case .string(let group)? = object["group"], case .string(let period)? = object["period"],
            case .array(let cellTrees)? = object["cells"], let national = JSONValue.optionalNumber(object["national"])
        else { return nil }
        var cells: [ComparisonCell] = []
        cells.reserveCapacity(cellTrees.count)
        for cellTree in cellTrees {
            guard case .object(let cell) = cellTree, case .string(let regionCode)? = cell["regionCode"],
                case .bool(let suppressed)? = cell["suppressed"], let value = JSONValue.optionalNumber(cell["value"])
            else { return nil }
            cells.append(ComparisonCell(regionCode: regionCode, value: value, suppressed: suppressed))
        }
        self.init(
            indicatorID: indicatorID, definitionVersion: definitionVersion, group: group, period: period, cells: cells,
            national: national)
    }
}

extension ItemReceipt: JSONValueConvertible {
    public var jsonTree: JSONValue? {
        var object: [String: JSONValue] = [
            "sequence": .number(Double(sequence)), "key": .string(key.rawValue), "outcome": .string(outcome.rawValue),
        ]
        if let reason { object["reason"] = .string(reason.rawValue) }
        if let message { object["message"] = .string(message) }
        return .object(object)
    }
}

extension BatchReceipt: JSONValueConvertible {
    public var jsonTree: JSONValue? {
        .object([
            "protocolVersion": .number(Double(protocolVersion)), "batchID": .string(batchID),
            "stream": .string(stream.rawValue), "committed": .bool(committed),
            "acknowledgedThrough": .number(Double(acknowledgedThrough)),
            "items": .array(items.compactMap(\.jsonTree)),
        ])
    }
}

extension CatalogueVersionRef: JSONValueConvertible {
    public var jsonTree: JSONValue? { .object(["version": .number(Double(version)), "hash": .string(hash)]) }
}

extension UploadItem: JSONValueConvertible {
    public var jsonTree: JSONValue? {
        .object([
            "sequence": .number(Double(sequence)), "key": .string(key.rawValue), "contentHash": .string(contentHash),
            "payload": payload,
        ])
    }
}

extension UploadBatch: JSONValueConvertible {
    public var jsonTree: JSONValue? {
        var object: [String: JSONValue] = [
            "protocolVersion": .number(Double(protocolVersion)), "batchID": .string(batchID),
            "stream": .string(stream.rawValue), "after": .number(Double(after)), "resync": .bool(resync),
            "items": .array(items.compactMap(\.jsonTree)),
        ]
        if let catalogue { object["catalogue"] = catalogue.jsonTree }
        return .object(object)
    }
}

extension UploadBatch {
    /// The batch in `tree`, read field by field (the hub reads hundreds of items per batch); nil when a field is
    /// missing or of the wrong type, or a key is not a natural key (the `Decodable` path then says what is wrong).
    public init?(jsonTree tree: JSONValue) {
        guard case .object(let object) = tree, case .number(let version)? = object["protocolVersion"],
            let protocolVersion = Int(exactly: version), case .string(let batchID)? = object["batchID"],
            case .string(let streamName)? = object["stream"], let stream = SyncStream(rawValue: streamName),
            case .number(let afterNumber)? = object["after"], let after = Int64(exactly: afterNumber),
            case .bool(let resync)? = object["resync"], case .array(let itemTrees)? = object["items"]
        else { return nil }
        var catalogue: CatalogueVersionRef?
        switch object["catalogue"] {
        case nil, .null?: catalogue = nil
        case .object(let reference)?:
            guard case .number(let number)? = reference["version"], let catalogueVersion = Int(exactly: number),
                case .string(let hash)? = reference["hash"]
            else { return nil }
            catalogue = CatalogueVersionRef(version: catalogueVersion, hash: hash)
        default: return nil
        }
        var items: [UploadItem] = []
        items.reserveCapacity(itemTrees.count)
        for itemTree in itemTrees {
            guard case .object(let item) = itemTree, case .number(let number)? = item["sequence"],
                let sequence = Int64(exactly: number), case .string(let keyText)? = item["key"],
                let key = NaturalKey(rawValue: keyText), case .string(let contentHash)? = item["contentHash"],
                let payload = item["payload"]
            else { return nil }
            items.append(UploadItem(sequence: sequence, key: key, contentHash: contentHash, payload: payload))
        }
        self.init(
            protocolVersion: protocolVersion, batchID: batchID, stream: stream, after: after, resync: resync,
            catalogue: catalogue, items: items)
    }
}
