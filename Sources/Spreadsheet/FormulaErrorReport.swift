import Foundation

/// Builds the planner message for cells whose cached formula result is an error (`#DIV/0!`, `#REF!`, ...).
struct FormulaErrorReport {
    /// At most this many cells are named; the rest are counted.
    static let listedCellLimit = 20

    /// One error cell: its reference and the error code Excel stored.
    struct Entry: Equatable {
        let cellReference: String
        let value: String
    }

    let sheetName: String
    let errors: [Entry]

    /// The error to throw; its `cellReference` is the first error cell in sheet order.
    var error: XLSXError {
        let first = errors[0]
        let message: String
        if errors.count == 1 {
            message =
                "Cellen \(first.cellReference) på bladet \"\(sheetName)\" innehåller formelfelet "
                + "\(Self.display(first.value)). Rätta formeln i Excel eller ersätt den med ett värde och spara "
                + "filen igen."
        } else {
            let listed = errors.prefix(Self.listedCellLimit).map { entry in
                "\(entry.cellReference) (\(Self.display(entry.value)))"
            }
            let remaining = errors.count - listed.count
            let more = remaining > 0 ? " och \(remaining) till" : ""
            message =
                "Bladet \"\(sheetName)\" har \(errors.count) celler med formelfel: "
                + listed.joined(separator: ", ") + more + ". Rätta formlerna i Excel eller ersätt dem med värden "
                + "och spara filen igen."
        }
        return XLSXError(code: .formulaError, cellReference: first.cellReference, message: message)
    }

    /// Excel writes short codes such as `#N/A`; anything longer is cut so a crafted file cannot flood the message.
    private static func display(_ value: String) -> String {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty { return "(okänt fel)" }
        return trimmed.count > 16 ? String(trimmed.prefix(16)) + "…" : trimmed
    }
}
