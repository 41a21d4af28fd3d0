import PlanningDomain

/// Which field index holds which column, resolved from a file's header.
struct ColumnMap {
    private var indexByName: [String: Int] = [:]
    /// Header texts that matched no column; reported as ignored.
    private(set) var ignored: [String] = []

    /// Index of `column`, if the file has it.
    func index(of column: FeedColumn) -> Int? { indexByName[column.name] }

    /// Resolves the header. Adds issues for duplicate or identity columns and for missing required ones.
    static func resolve(
        table: some FeedTable, kind: FeedKind, issues: inout IssueCollector
    ) -> ColumnMap? {
        let (required, optional) = FeedColumns.columns(for: kind)
        let columns = required + optional
        var map = ColumnMap()
        var ok = true
        for (index, header) in table.header.enumerated() {
            if PersonalIdentityNumberDetector.isIdentityHeader(header) {
                issues.add(
                    line: table.headerLine, column: table.columnLabel(index), value: nil, .personalIdentityNumber,
                    "Kolumnen ser ut att innehålla personnummer. Balans lagrar aldrig personidentitet: "
                        + "ta bort kolumnen ur exporten och importera igen.")
                ok = false
                continue
            }
            let folded = TextFolding.fold(header)
            guard let column = columns.first(where: { $0.matches(folded: folded) }) else {
                if !header.isEmpty { map.ignored.append(header) }
                continue
            }
            if let earlier = map.indexByName[column.name] {
                issues.add(
                    line: table.headerLine, column: table.columnLabel(index), value: nil, .duplicateColumn,
                    "Kolumnen \(column.name) finns två gånger (även \(table.columnLabel(earlier))). Ta bort den ena.")
                ok = false
                continue
            }
            map.indexByName[column.name] = index
        }
        let missing = required.filter { map.indexByName[$0.name] == nil }
        if !missing.isEmpty {
            ok = false
            let found = table.header.joined(separator: " | ")
            var message =
                "Obligatorisk kolumn saknas: "
                + missing.map { "\($0.name) (\($0.meaning))" }
                .joined(separator: ", ") + ". Rubrikraden innehåller: \(found)."
            if table.header.count == 1 {
                message +=
                    " Bara en kolumn hittades: filen har troligen fel avgränsare. "
                    + "Använd semikolon, komma eller tabb mellan kolumnerna."
                issues.add(line: table.headerLine, column: nil, value: nil, .wrongDelimiter, message)
            } else {
                issues.add(line: table.headerLine, column: nil, value: nil, .missingColumn, message)
            }
        }
        return ok ? map : nil
    }
}
