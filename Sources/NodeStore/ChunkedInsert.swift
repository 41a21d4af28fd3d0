import GRDB

/// Inserts many rows with multi-row `VALUES` statements, `rowsPerChunk` rows per execution.
///
/// Executing one statement per row pays SQLite's per-statement costs (opening cursors, foreign-key setup,
/// halting the VM) a million times; batching rows amortises them. Values are buffered per chunk and bound
/// through ``FastStatement`` when the chunk is full; the last, shorter chunk gets its own statement.
struct ChunkedInsert {
    /// One bound value.
    enum Value {
        case integer(Int64)
        case real(Double)
        case optionalReal(Double?)
        case text(String?)
    }

    private let db: Database
    private let head: String
    private let rowTemplate: String
    private let tail: String
    private let columnCount: Int
    private let rowsPerChunk: Int
    private var full: FastStatement?
    private var buffer: [Value] = []
    private(set) var changes = 0

    /// - Parameters:
    ///   - head: e.g. `INSERT INTO t (a, b) VALUES`
    ///   - row: the per-row tuple with `?` placeholders (and literals), e.g. `(?, ?, 'inflow')`
    ///   - tail: e.g. an `ON CONFLICT` clause; may be empty
    init(_ db: Database, head: String, row: String, tail: String, rowsPerChunk: Int = 200) {
        self.db = db
        self.head = head
        self.rowTemplate = row
        self.tail = tail
        self.columnCount = row.filter { $0 == "?" }.count
        self.rowsPerChunk = rowsPerChunk
        buffer.reserveCapacity(columnCount * rowsPerChunk)
    }

    private func sql(rows: Int) -> String {
        head + " " + Array(repeating: rowTemplate, count: rows).joined(separator: ", ") + " " + tail
    }

    /// Adds one row's values (exactly as many as the row template has placeholders).
    mutating func add(_ values: Value...) throws {
        precondition(values.count == columnCount, "row needs \(columnCount) values")
        buffer.append(contentsOf: values)
        if buffer.count == columnCount * rowsPerChunk {
            if full == nil { full = try FastStatement(db, sql: sql(rows: rowsPerChunk)) }
            try flush(into: full!)
        }
    }

    /// Writes the rows still buffered; returns the number of rows changed in all.
    mutating func finish() throws -> Int {
        if !buffer.isEmpty {
            try flush(into: FastStatement(db, sql: sql(rows: buffer.count / columnCount)))
        }
        return changes
    }

    private mutating func flush(into statement: FastStatement) throws {
        for (offset, value) in buffer.enumerated() {
            let index = Int32(offset + 1)
            switch value {
            case .integer(let number): statement.bind(index, number)
            case .real(let number): statement.bind(index, number)
            case .optionalReal(let number):
                if let number { statement.bind(index, number) } else { statement.bind(index, nil as String?) }
            case .text(let text): statement.bind(index, text)
            }
        }
        changes += try statement.step()
        buffer.removeAll(keepingCapacity: true)
    }
}
