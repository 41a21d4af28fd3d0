import Foundation
import Spreadsheet

/// Loads the files in `Fixtures/` (regenerate them with `Fixtures/make_fixtures.py`).
enum Fixture {
    static func data(_ name: String) throws -> Data {
        guard let directory = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
            throw MissingFixture(name: name)
        }
        return try Data(contentsOf: directory.appendingPathComponent(name))
    }

    static func workbook(_ name: String) throws -> XLSXWorkbook {
        try XLSXWorkbook(data: data(name))
    }

    struct MissingFixture: Error {
        let name: String
    }
}
