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
        guard let cellTrees = JSONValue.all(cells, \.jsonTree) else { return nil }
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
        guard let changeTrees = JSONValue.all(changes, \.jsonTree) else { return nil }
        return .object([
            "protocolVersion": .number(Double(protocolVersion)), "stream": .string(stream.rawValue),
            "epoch": .string(epoch), "after": .number(Double(after)), "changes": .array(changeTrees),
            "nextCursor": .number(Double(nextCursor)), "hasMore": .bool(hasMore),
        ])
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
