/// Limits that protect the reader against zip bombs and absurdly large workbooks.
public struct XLSXConfiguration: Sendable, Equatable {
    /// Largest uncompressed size, in bytes, of any single part (sheet, shared strings, styles); default 512 MiB.
    /// Checked against the size the archive declares and again while inflating, since a hostile file can lie.
    public var maximumPartSize: Int
    /// Most rows a sheet may have; default 1 048 576, Excel's own limit.
    public var maximumRowCount: Int

    /// Creates a configuration; the defaults accept anything Excel itself can save.
    public init(maximumPartSize: Int = 512 * 1_024 * 1_024, maximumRowCount: Int = 1_048_576) {
        self.maximumPartSize = maximumPartSize
        self.maximumRowCount = maximumRowCount
    }
}
