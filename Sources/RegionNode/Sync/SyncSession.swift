import Credentials
public import Foundation
public import HubClient
public import NodeStore
import PlanningDomain
import SyncEngine
import WireProtocol

/// What a sync process needs once: the signing key, the hub client and the region, from a configuration.
public struct SyncSession: Sendable {
    /// The configuration.
    public let configuration: NodeSyncConfiguration
    /// The hub client (signed, authenticated).
    public let client: HubSyncClient
    /// The region code (from the configuration, or the hub's answer about the credential).
    public let regionCode: String
    /// The signing key's id (its fingerprint).
    public let keyID: String

    /// Reads (or creates) the key, and learns the region from the hub unless the configuration names it.
    ///
    /// - Throws: ``SyncSessionError`` with a Swedish sentence when the key cannot be read, the hub cannot be
    ///   reached, or the credential is not a region node's.
    public static func open(
        _ configuration: NodeSyncConfiguration, now: @escaping @Sendable () -> Date = { Date() }
    ) async throws -> SyncSession {
        let signer: Ed25519BatchSigner
        do {
            signer = try Ed25519BatchSigner(keyFile: configuration.signingKeyPath)
        } catch {
            throw SyncSessionError(code: error.code, message: error.message)
        }
        var client = HubSyncClient(
            baseURL: configuration.hubURL, token: configuration.token, signer: signer, now: now)
        if let caFile = configuration.certificateAuthorityFile {
            do {
                client = try client.trustingCertificateAuthorities(inFile: caFile)
            } catch {
                throw SyncSessionError(code: error.code, message: error.message)
            }
        }
        if let region = configuration.regionCode {
            return SyncSession(configuration: configuration, client: client, regionCode: region, keyID: signer.keyID)
        }
        let caller: HubCaller
        do {
            caller = try await client.whoAmI()
        } catch {
            throw SyncSessionError(
                code: error.code, message: "Hubben \(configuration.hubURL) kunde inte bekräfta nodens nyckel: \(error)")
        }
        guard caller.role == "region-node", SwedishRegion.withCode(caller.tenant) != nil else {
            throw SyncSessionError(
                code: "sync.not_a_node",
                message: "Nyckeln hör till \(caller.tenant) med rollen \(caller.role); synkning kräver en "
                    + "regionnodsnyckel (region-node).")
        }
        return SyncSession(configuration: configuration, client: client, regionCode: caller.tenant, keyID: signer.keyID)
    }

    /// What every sync process does first: records the region in the database (``NodeStore/bindRegion(_:at:)``,
    /// which writes to the outboxes whatever region-owned data was saved before the region was known), and, for
    /// a node restored from a backup, continues each up stream's outbox sequences above what the hub has
    /// acknowledged (spec §6), so new writes are never taken for older ones. The cursors are best effort: an
    /// unreachable hub changes nothing (the first failure ends the attempt), and the next session tries again.
    ///
    /// - Throws: ``NodeStore/NetworkWriteError`` when the database belongs to another region than the credential,
    ///   or the store cannot be written.
    public func prepare(store: NodeStore, now: Date = Date()) async throws {
        try store.bindRegion(regionCode, at: now)
        for stream in SyncRunner.uploadStreams {
            guard let cursor = try? await client.cursor(stream, timeoutMilliseconds: 10_000) else { return }
            guard let local = try? store.lastOutboxSequence(stream), cursor.acknowledgedThrough > local else {
                continue
            }
            try? store.continueSequences(stream, above: cursor.acknowledgedThrough)
        }
    }

    /// A runner over `store` with this session's client and the standard catalogue's release.
    public func runner(
        store: NodeStore, now: @escaping @Sendable () -> Date = { Date() },
        progress: @escaping @Sendable (SyncProgress) -> Void = { _ in }
    ) throws -> SyncRunner {
        return try SyncRunner(
            store: store, client: client, configuration: configuration, catalogue: SyncCatalogue.reference(.standard),
            now: now, progress: progress)
    }
}

/// Why sync could not start.
public struct SyncSessionError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Stable code.
    public var code: String
    /// A Swedish sentence that says what to do.
    public var message: String

    /// The message.
    public var description: String { message }
}
