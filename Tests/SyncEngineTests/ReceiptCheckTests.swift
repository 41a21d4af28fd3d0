import SyncEngine
import Testing
import WireProtocol

@Suite struct ReceiptCheckTests {
    let batch = UploadBatch(batchID: "b1", stream: .indicators, after: 0, items: Sample.items(1...4))

    @Test func aCommittedReceiptForEveryItemIsAccepted() {
        #expect((try? ReceiptCheck.validate(Sample.receipt(for: batch), for: batch).get()) != nil)
    }

    @Test func aReceiptWithoutDurableCommitIsRefused() {
        let result = ReceiptCheck.validate(Sample.receipt(for: batch, committed: false), for: batch)
        #expect(problemCode(result) == "receipt.not_committed")
    }

    @Test func aReceiptMissingAnItemIsRefused() {
        var receipt = Sample.receipt(for: batch)
        receipt.items.removeLast()
        #expect(problemCode(ReceiptCheck.validate(receipt, for: batch)) == "receipt.unaccounted_items")
    }

    @Test func aReceiptAnsweringAnItemTwiceOrAnUnsentItemIsRefused() {
        var twice = Sample.receipt(for: batch)
        twice.items[3] = twice.items[2]
        #expect(problemCode(ReceiptCheck.validate(twice, for: batch)) == "receipt.unaccounted_items")
        var foreign = Sample.receipt(for: batch)
        foreign.items[0].sequence = 99
        #expect(problemCode(ReceiptCheck.validate(foreign, for: batch)) == "receipt.unaccounted_items")
        var wrongKey = Sample.receipt(for: batch)
        wrongKey.items[0].key = Sample.item(2).key
        #expect(problemCode(ReceiptCheck.validate(wrongKey, for: batch)) == "receipt.unaccounted_items")
    }

    @Test func aReceiptForAnotherBatchIsRefused() {
        var receipt = Sample.receipt(for: batch)
        receipt.batchID = "b2"
        #expect(problemCode(ReceiptCheck.validate(receipt, for: batch)) == "receipt.wrong_batch")
    }

    @Test func aRejectionWithoutReasonIsRefused() {
        var receipt = Sample.receipt(for: batch, outcome: .rejected)
        receipt.items[1].reason = nil
        #expect(problemCode(ReceiptCheck.validate(receipt, for: batch)) == "receipt.missing_reason")
    }

    private func problemCode(_ result: Result<Void, ReceiptCheck.Problem>) -> String? {
        if case .failure(let problem) = result { return problem.code }
        return nil
    }
}
