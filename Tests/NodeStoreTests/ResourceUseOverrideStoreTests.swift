import Foundation
import GRDB
import NodeStore
import PlanningDomain
import Testing

@Suite("Node store: resource-use overrides and acute arrivals")
struct ResourceUseOverrideStoreTests {
    @Test func theLatestRowPerKeyWinsAndAClearingRowReturnsToTheEstimate() throws {
        let store = try NodeStore.inMemory()
        try store.appendResourceUseOverride(
            unitCode: "E1", resourceCode: "LAK", objectCode: nil, value: 30, setBy: "ada", setAt: "t1", reason: "a")
        try store.appendResourceUseOverride(
            unitCode: "E1", resourceCode: "LAK", objectCode: nil, value: 25, setBy: "bo", setAt: "t2", reason: "b")
        try store.appendResourceUseOverride(
            unitCode: "E1", resourceCode: "LAK", objectCode: "O1", value: 10, setBy: "ada", setAt: "t3", reason: "c")
        var current = try store.currentResourceUseOverrides()
        #expect(current.count == 2)
        #expect(current.first { $0.objectCode == nil }?.value == 25)
        #expect(current.first { $0.objectCode == nil }?.setBy == "bo")
        #expect(current.first { $0.objectCode == "O1" }?.value == 10)

        try store.appendResourceUseOverride(
            unitCode: "E1", resourceCode: "LAK", objectCode: nil, value: nil, setBy: "ada", setAt: "t4",
            reason: "tillbaka")
        current = try store.currentResourceUseOverrides()
        #expect(current.map(\.objectCode) == ["O1"])
        let history = try store.resourceUseOverrideHistory(unitCode: "E1", resourceCode: "LAK")
        #expect(history.map(\.value) == [30, 25, 10, nil])
        #expect(history.map(\.setAt) == ["t1", "t2", "t3", "t4"])
    }

    @Test func theHistoryIsAppendOnlyAndAReasonIsRequired() throws {
        let store = try NodeStore.inMemory()
        try store.appendResourceUseOverride(
            unitCode: "E1", resourceCode: "LAK", objectCode: nil, value: 30, setBy: "ada", setAt: "t1", reason: "a")
        #expect(throws: (any Error).self) {
            try store.writer.write { db in try db.execute(sql: "UPDATE resource_use_override SET value = 1") }
        }
        #expect(throws: (any Error).self) {
            try store.writer.write { db in try db.execute(sql: "DELETE FROM resource_use_override") }
        }
        #expect(throws: (any Error).self) {
            try store.appendResourceUseOverride(
                unitCode: "E1", resourceCode: "LAK", objectCode: nil, value: 5, setBy: "ada", setAt: "t2",
                reason: "  ")
        }
        #expect(throws: (any Error).self) {
            try store.appendResourceUseOverride(
                unitCode: "E1", resourceCode: "LAK", objectCode: nil, value: -5, setBy: "ada", setAt: "t2",
                reason: "negativt")
        }
        #expect(try store.resourceUseOverrideHistory().count == 1)
    }

    @Test func aNewUploadOfAcuteArrivalsReplacesTheOld() throws {
        let store = try NodeStore.inMemory()
        #expect(try store.acuteArrivals() == nil)
        let day = CivilDate(year: 2026, month: 3, day: 2)!
        try store.replaceAcuteArrivals(
            fileName: "a.csv", uploadedAt: "t1", uploadedBy: "ada", hours: [(day, 8, 3), (day, 9, 5)])
        try store.replaceAcuteArrivals(
            fileName: "b.csv", uploadedAt: "t2", uploadedBy: "bo", hours: [(day, 10, 7)])
        let stored = try #require(try store.acuteArrivals())
        #expect(stored.fileName == "b.csv")
        #expect(stored.uploadedBy == "bo")
        #expect(stored.hours.count == 1)
        #expect(stored.hours.first?.hour == 10)
        #expect(stored.hours.first?.arrivals == 7)
    }
}
