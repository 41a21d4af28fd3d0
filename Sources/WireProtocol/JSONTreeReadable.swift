/// A payload with a direct reader from a JSON tree, which ``CanonicalJSON/decode(_:from:)`` tries before the
/// `Decodable` path (the generic decoder costs a dictionary lookup and a dynamic cast per field, and the hub and the
/// nodes read these by the thousand). The reader returns nil for anything it does not read exactly as the decoder
/// would; the decoder then decides, and says what is wrong. A test checks each reader against the decoder.
public protocol JSONTreeReadable {
    /// The value in `tree`, or nil when the tree is not exactly this shape.
    init?(jsonTree tree: JSONValue)
}

extension JSONValue {
    /// An optional member as the readers see it: absent or null is `.some(nil)`, a value `read` accepts is
    /// `.some(value)`, anything else nil (not this shape).
    static func optional<T>(_ member: JSONValue?, _ read: (JSONValue) -> T?) -> T?? {
        guard let member, member != .null else { return .some(nil) }
        return read(member).map { .some($0) }
    }

    /// Every element of `items` converted with `convert` (read from a tree, or written as one), or nil when one
    /// cannot be.
    static func all<Item, T>(_ items: [Item], _ convert: (Item) -> T?) -> [T]? {
        var elements: [T] = []
        elements.reserveCapacity(items.count)
        for item in items {
            guard let element = convert(item) else { return nil }
            elements.append(element)
        }
        return elements
    }

    /// The number, when this is a number.
    static func number(_ tree: JSONValue) -> Double? { tree.numberValue }

    /// The text, when this is a string.
    static func text(_ tree: JSONValue) -> String? { tree.stringValue }

    /// The number as an exact integer of `T`, when this is one.
    func integer<T: BinaryInteger>(_ type: T.Type = T.self) -> T? {
        guard case .number(let number) = self else { return nil }
        return T(exactly: number)
    }
}

extension IndicatorValue: JSONTreeReadable {
    /// The value in `tree`, read field by field; nil when a field is missing or of the wrong type.
    public init?(jsonTree tree: JSONValue) {
        guard case .object(let object) = tree, case .string(let regionCode)? = object["regionCode"],
            case .string(let indicatorID)? = object["indicatorID"],
            let definitionVersion = object["definitionVersion"]?.integer(Int.self),
            case .string(let group)? = object["group"], case .string(let period)? = object["period"],
            case .bool(let suppressed)? = object["suppressed"],
            let numerator = JSONValue.optional(object["numerator"], JSONValue.number),
            let denominator = JSONValue.optional(object["denominator"], JSONValue.number),
            let value = JSONValue.optional(object["value"], JSONValue.number)
        else { return nil }
        self.init(
            regionCode: regionCode, indicatorID: indicatorID, definitionVersion: definitionVersion, group: group,
            period: period, numerator: numerator, denominator: denominator, value: value, suppressed: suppressed)
    }

    /// A stored payload (JSON text) as a value: the direct reader, else the `Decodable` path; nil when neither
    /// can read it.
    public static func decodeStored(_ text: String) -> IndicatorValue? {
        try? CanonicalJSON.decode(IndicatorValue.self, from: Array(text.utf8))
    }
}

extension ComparisonCell: JSONTreeReadable {
    /// The cell in `tree`; nil when a field is missing or of the wrong type.
    public init?(jsonTree tree: JSONValue) {
        guard case .object(let cell) = tree, case .string(let regionCode)? = cell["regionCode"],
            case .bool(let suppressed)? = cell["suppressed"],
            let value = JSONValue.optional(cell["value"], JSONValue.number)
        else { return nil }
        self.init(regionCode: regionCode, value: value, suppressed: suppressed)
    }
}

extension NationalComparison: JSONTreeReadable {
    /// The comparison in `tree`, read field by field; nil when a field is missing or of the wrong type.
    public init?(jsonTree tree: JSONValue) {
        guard case .object(let object) = tree, case .string(let indicatorID)? = object["indicatorID"],
            let definitionVersion = object["definitionVersion"]?.integer(Int.self),
            case .string(let group)? = object["group"], case .string(let period)? = object["period"],
            case .array(let cellTrees)? = object["cells"], let cells = JSONValue.all(cellTrees, ComparisonCell.init),
            let national = JSONValue.optional(object["national"], JSONValue.number)
        else { return nil }
        self.init(
            indicatorID: indicatorID, definitionVersion: definitionVersion, group: group, period: period, cells: cells,
            national: national)
    }
}

extension UploadItem: JSONTreeReadable {
    /// The item in `tree`; nil when a field is missing or of the wrong type, or the key is not a natural key.
    public init?(jsonTree tree: JSONValue) {
        guard case .object(let item) = tree, let sequence = item["sequence"]?.integer(Int64.self),
            case .string(let keyText)? = item["key"], let key = NaturalKey(rawValue: keyText),
            case .string(let contentHash)? = item["contentHash"], let payload = item["payload"]
        else { return nil }
        self.init(sequence: sequence, key: key, contentHash: contentHash, payload: payload)
    }
}

extension UploadBatch: JSONTreeReadable {
    /// The batch in `tree`, read field by field (the hub reads hundreds of items per batch); nil when a field is
    /// missing or of the wrong type, or a key is not a natural key (the `Decodable` path then says what is wrong).
    public init?(jsonTree tree: JSONValue) {
        guard case .object(let object) = tree, let protocolVersion = object["protocolVersion"]?.integer(Int.self),
            case .string(let batchID)? = object["batchID"], case .string(let streamName)? = object["stream"],
            let stream = SyncStream(rawValue: streamName), let after = object["after"]?.integer(Int64.self),
            case .bool(let resync)? = object["resync"], case .array(let itemTrees)? = object["items"],
            let items = JSONValue.all(itemTrees, UploadItem.init),
            let catalogue = JSONValue.optional(object["catalogue"], CatalogueVersionRef.init)
        else { return nil }
        self.init(
            protocolVersion: protocolVersion, batchID: batchID, stream: stream, after: after, resync: resync,
            catalogue: catalogue, items: items)
    }
}

extension CatalogueVersionRef: JSONTreeReadable {
    /// The reference in `tree`; nil when a field is missing or of the wrong type.
    public init?(jsonTree tree: JSONValue) {
        guard case .object(let reference) = tree, let version = reference["version"]?.integer(Int.self),
            case .string(let hash)? = reference["hash"]
        else { return nil }
        self.init(version: version, hash: hash)
    }
}

extension ItemReceipt: JSONTreeReadable {
    /// The item receipt in `tree`; nil when a field is missing or of the wrong type.
    public init?(jsonTree tree: JSONValue) {
        guard case .object(let item) = tree, let sequence = item["sequence"]?.integer(Int64.self),
            case .string(let keyText)? = item["key"], let key = NaturalKey(rawValue: keyText),
            case .string(let outcomeName)? = item["outcome"], let outcome = ItemOutcome(rawValue: outcomeName),
            let reason = JSONValue.optional(item["reason"], { $0.stringValue.flatMap(ItemReason.init(rawValue:)) }),
            let message = JSONValue.optional(item["message"], JSONValue.text)
        else { return nil }
        self.init(sequence: sequence, key: key, outcome: outcome, reason: reason, message: message)
    }
}

extension BatchReceipt: JSONTreeReadable {
    /// The receipt in `tree`, read field by field (a node reads one per batch, with an entry per item); nil when
    /// a field is missing or of the wrong type (the `Decodable` path then says what is wrong).
    public init?(jsonTree tree: JSONValue) {
        guard case .object(let object) = tree, let protocolVersion = object["protocolVersion"]?.integer(Int.self),
            case .string(let batchID)? = object["batchID"], case .string(let streamName)? = object["stream"],
            let stream = SyncStream(rawValue: streamName), case .bool(let committed)? = object["committed"],
            let acknowledgedThrough = object["acknowledgedThrough"]?.integer(Int64.self),
            case .array(let itemTrees)? = object["items"], let items = JSONValue.all(itemTrees, ItemReceipt.init)
        else { return nil }
        self.init(
            protocolVersion: protocolVersion, batchID: batchID, stream: stream, committed: committed,
            acknowledgedThrough: acknowledgedThrough, items: items)
    }
}

extension Change: JSONTreeReadable {
    /// The change in `tree`; nil when a field is missing or of the wrong type. An absent payload and `null` are
    /// both a deletion, as for the decoder.
    public init?(jsonTree tree: JSONValue) {
        guard case .object(let change) = tree, let sequence = change["sequence"]?.integer(Int64.self),
            case .string(let keyText)? = change["key"], let key = NaturalKey(rawValue: keyText),
            case .string(let contentHash)? = change["contentHash"]
        else { return nil }
        let payload = change["payload"].flatMap { $0 == .null ? nil : $0 }
        self.init(sequence: sequence, key: key, contentHash: contentHash, payload: payload)
    }
}

extension ChangeFeed: JSONTreeReadable {
    /// The page in `tree`, read field by field (a node reads thousands of changes per round); nil when a field is
    /// missing or of the wrong type (the `Decodable` path then says what is wrong).
    public init?(jsonTree tree: JSONValue) {
        guard case .object(let object) = tree, let protocolVersion = object["protocolVersion"]?.integer(Int.self),
            case .string(let streamName)? = object["stream"], let stream = SyncStream(rawValue: streamName),
            case .string(let epoch)? = object["epoch"], let after = object["after"]?.integer(Int64.self),
            let nextCursor = object["nextCursor"]?.integer(Int64.self), case .bool(let hasMore)? = object["hasMore"],
            case .array(let changeTrees)? = object["changes"], let changes = JSONValue.all(changeTrees, Change.init)
        else { return nil }
        self.init(
            protocolVersion: protocolVersion, stream: stream, epoch: epoch, after: after, changes: changes,
            nextCursor: nextCursor, hasMore: hasMore)
    }
}
