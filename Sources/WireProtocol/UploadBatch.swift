/// The body of `POST /api/v1/sync/{stream}/batches`: a bounded run of outbox items in sequence order.
public struct UploadBatch: Codable, Hashable, Sendable {
    /// Protocol version of the envelope (``WireProtocolVersion/current``).
    public var protocolVersion: Int
    /// Unique id of this batch; a retry of the same batch reuses it, so the hub can answer with the original
    /// receipt.
    public var batchID: String
    /// The stream; must equal the stream in the path.
    public var stream: SyncStream
    /// The node's acknowledged cursor when it built the batch (the hub uses it to notice that it lost data).
    public var after: Int64
    /// True while the node re-sends a full snapshot after a "cursor invalid" answer.
    public var resync: Bool
    /// The catalogue release the items were computed under (indicator streams); nil for streams without one.
    public var catalogue: CatalogueVersionRef?
    /// The items, in strictly increasing `sequence`.
    public var items: [UploadItem]

    /// Creates a batch envelope.
    public init(
        protocolVersion: Int = WireProtocolVersion.current, batchID: String, stream: SyncStream, after: Int64,
        resync: Bool = false, catalogue: CatalogueVersionRef? = nil, items: [UploadItem]
    ) {
        self.protocolVersion = protocolVersion
        self.batchID = batchID
        self.stream = stream
        self.after = after
        self.resync = resync
        self.catalogue = catalogue
        self.items = items
    }

    /// The highest item sequence (the cursor the node may reach once the batch is acknowledged).
    public var lastSequence: Int64? { items.last?.sequence }
}
