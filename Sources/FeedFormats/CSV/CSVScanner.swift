/// Splits CSV bytes into records. Tracks the physical line so messages can point at it.
struct CSVScanner {
    let bytes: [UInt8]
    let delimiter: UInt8
    private(set) var offset: Int
    private(set) var line: Int

    init(bytes: [UInt8], delimiter: UInt8, offset: Int = 0, line: Int = 1) {
        self.bytes = bytes
        self.delimiter = delimiter
        self.offset = offset
        self.line = line
    }

    /// Reads the next record into `fields` (cleared first). Returns false at end of input.
    mutating func nextRecord(into fields: inout [String]) -> Bool {
        fields.removeAll(keepingCapacity: true)
        let count = bytes.count
        guard offset < count else { return false }
        return bytes.withUnsafeBufferPointer { buffer -> Bool in
            var position = offset
            var scratch: [UInt8] = []
            while true {
                if position < count, buffer[position] == 0x22 {
                    // Quoted field.
                    scratch.removeAll(keepingCapacity: true)
                    position += 1
                    while position < count {
                        let byte = buffer[position]
                        if byte == 0x22 {
                            if position + 1 < count, buffer[position + 1] == 0x22 {
                                scratch.append(0x22)
                                position += 2
                                continue
                            }
                            position += 1
                            break
                        }
                        if byte == 0x0A { line += 1 }
                        scratch.append(byte)
                        position += 1
                    }
                    // Anything between the closing quote and the delimiter is kept, as Excel does.
                    while position < count, buffer[position] != delimiter, buffer[position] != 0x0A {
                        if buffer[position] != 0x0D { scratch.append(buffer[position]) }
                        position += 1
                    }
                    fields.append(String(decoding: scratch, as: UTF8.self))
                } else {
                    let start = position
                    while position < count {
                        let byte = buffer[position]
                        if byte == delimiter || byte == 0x0A { break }
                        position += 1
                    }
                    var end = position
                    if end > start, buffer[end - 1] == 0x0D { end -= 1 }
                    fields.append(String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<end]), as: UTF8.self))
                }
                if position >= count {
                    offset = count
                    return true
                }
                if buffer[position] == 0x0A {
                    offset = position + 1
                    line += 1
                    return true
                }
                position += 1  // skip the delimiter
            }
        }
    }
}
