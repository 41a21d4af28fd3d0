public import WireProtocol

/// Everything that can happen to an up stream. The driver reports each with the current time.
public enum UploadEvent: Hashable, Sendable {
    /// A timer fired: start a round when idle, retry when a backoff has elapsed, time out an overdue request.
    case tick
    /// An operator asked for a round now ("balans sync now"): skips a pending backoff.
    case syncNow
    /// The outbox changed (an export was written).
    case outboxChanged(OutboxSummary)
    /// Answer to ``UploadAction/loadItems(after:limit:)``: outbox items in sequence order.
    case itemsLoaded([UploadItem])
    /// The hub answered 200 with a receipt.
    case receiptReceived(BatchReceipt)
    /// The hub answered with a ``WireProtocol/SyncError`` body.
    case errorReceived(SyncError)
    /// The request produced no usable answer (timeout, connection, unreadable, bare 5xx).
    case transportFailed(TransportFailure)
    /// The request for ``UploadAction/send(_:deadline:)`` is on its way and the driver can take another action
    /// while it waits: the machine may load and send the next batch, up to ``UploadConfiguration/window``
    /// batches in flight. A driver that never reports it has one batch in flight.
    case sent
    /// An answer (``receiptReceived(_:)``, ``errorReceived(_:)`` or ``transportFailed(_:)``) to the batch with
    /// this id. A driver with more than one batch in flight must report answers this way; an answer for a batch
    /// the machine no longer has in flight is ignored. An answer without an id is taken as one for the oldest.
    indirect case answered(batchID: String, UploadEvent)
    /// ``UploadAction/commitReceipt(_:_:newCursor:)`` is durable; the outbox now looks like this.
    case receiptCommitted(OutboxSummary)
    /// ``UploadAction/recordRejections(_:)`` is durable.
    case rejectionsCommitted(OutboxSummary)
    /// ``UploadAction/resync(hubCursor:)`` re-enqueued the stream's current exports.
    case resyncPrepared(OutboxSummary)
    /// A local store operation failed (the step will be retried after a backoff).
    case storeFailed(String)
    /// The node applied a catalogue release; new batches carry it.
    case catalogueApplied(CatalogueVersionRef)
    /// An operator resolved the cause of a stop.
    case resume
}

/// What the driver must do next. Exactly one action per event; `.none` means wait for the next event.
public enum UploadAction: Hashable, Sendable {
    /// Nothing to do.
    case none
    /// Read up to `limit` outbox items of this stream with `sequence > after`, in order; answer
    /// ``UploadEvent/itemsLoaded(_:)``.
    case loadItems(after: Int64, limit: Int)
    /// Sign and POST the batch; answer with a receipt, an error or a transport failure. If nothing arrives by
    /// `deadline`, report ``TransportFailure/timeout`` (or just send ``UploadEvent/tick`` after it).
    case send(UploadBatch, deadline: SyncInstant)
    /// In ONE transaction: delete the batch's items from the outbox unless a newer write replaced them, log the
    /// receipt (rejections included) and store `newCursor` as the acknowledged cursor; then report
    /// ``UploadEvent/receiptCommitted(_:)``.
    case commitReceipt(UploadBatch, BatchReceipt, newCursor: Int64)
    /// In one transaction: move these items from the outbox to the rejection log; report
    /// ``UploadEvent/rejectionsCommitted(_:)``.
    case recordRejections([ItemReceipt])
    /// Re-enqueue every current export of this stream with fresh sequences (the hub lost what it had
    /// acknowledged up to ours; it holds `hubCursor`); report ``UploadEvent/resyncPrepared(_:)``.
    case resync(hubCursor: Int64)
    /// Send ``UploadEvent/tick`` at this time.
    case wakeAt(SyncInstant)
    /// The stream stopped; show the error to operators. Nothing is sent until ``UploadEvent/resume``.
    case stop(SyncError)
}
