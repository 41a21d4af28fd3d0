import Foundation
import NodeStore
import PlanningDomain
import Testing

@Suite("Read-model cache")
struct NodeStoreCacheTests {
    private func fileStore() throws -> (NodeStore, URL) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cache-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return (try NodeStore.open(path: directory.appendingPathComponent("region.sqlite").path), directory)
    }

    @Test func aCachedValueIsComputedOnceUntilTheNextCommit() throws {
        let (store, directory) = try fileStore()
        defer { try? FileManager.default.removeItem(at: directory) }
        var computations = 0
        let first = try store.cache.value("units") {
            computations += 1; return try store.masterData().units.count
        }
        let again = try store.cache.value("units") {
            computations += 1; return try store.masterData().units.count
        }
        #expect(first == 0 && again == 0 && computations == 1)

        _ = try store.storeImport(sampleMasterData(), files: [], importedAt: "2026-01-01T00:00:00Z")
        let afterImport = try store.cache.value("units") {
            computations += 1
            return try store.masterData().units.count
        }
        #expect(afterImport == sampleMasterData().units.count && afterImport > 0)
        #expect(computations == 2)
        #expect(try store.organisationTree() != nil)
    }

    @Test func aCommitByAnotherConnectionInvalidatesTheCache() throws {
        let (store, directory) = try fileStore()
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(try store.masterData().units.isEmpty)
        // Another process (e.g. `balans import` while the node serves) writes through its own connection.
        let other = try NodeStore.open(path: directory.appendingPathComponent("region.sqlite").path)
        _ = try other.storeImport(sampleMasterData(), files: [], importedAt: "2026-01-01T00:00:00Z")
        #expect(try store.masterData().units.count == sampleMasterData().units.count)
    }

    @Test func anInMemoryStoreCachesNothing() throws {
        let store = try NodeStore.inMemory()
        var computations = 0
        for _ in 0..<3 { _ = try store.cache.value("x") { computations += 1 } }
        #expect(computations == 3)
    }
}

@Suite("Read-model cache: optional values")
struct NodeStoreCacheOptionalTests {
    @Test func aMissingEntryIsNotMistakenForACachedNil() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cache-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try NodeStore.open(path: directory.appendingPathComponent("region.sqlite").path)
        let none: Int? = try store.cache.value("maybe") { nil }
        let some: Int? = try store.cache.value("other") { 7 }
        #expect(none == nil && some == 7)
    }
}
