import Foundation

/// The relationships of one part (`xl/_rels/workbook.xml.rels`), with targets resolved to archive paths.
struct Relationships {
    /// One `<Relationship>`; `kind` is the last path component of its type URI (`worksheet`, `sharedStrings`,
    /// `officeDocument`), which is the same in transitional and strict OOXML.
    struct Relationship: Equatable {
        let id: String
        let kind: String
        let path: String
    }

    let all: [Relationship]

    /// The path of the relationships part that belongs to `partPath`: `xl/workbook.xml` ->
    /// `xl/_rels/workbook.xml.rels`, and `""` (the package itself) -> `_rels/.rels`.
    static func path(forPart partPath: String) -> String {
        let components = partPath.split(separator: "/", omittingEmptySubsequences: true)
        let directory = components.dropLast().joined(separator: "/")
        let file = components.last.map(String.init) ?? ""
        return (directory.isEmpty ? "" : directory + "/") + "_rels/" + file + ".rels"
    }

    /// Parses the relationships of `sourcePart`; internal targets are resolved against its directory.
    init(parsing data: Data, sourcePart: String) throws(XLSXError) {
        let handler = Handler()
        try XMLPartParser.parse(data, place: "relationsdelen \(Self.path(forPart: sourcePart))", into: handler)
        let directory = sourcePart.split(separator: "/").dropLast().map(String.init)
        all = handler.entries.map { entry in
            Relationship(id: entry.id, kind: entry.kind, path: Self.resolve(entry.target, against: directory))
        }
    }

    /// The first relationship of the given kind.
    func first(ofKind kind: String) -> Relationship? {
        all.first { $0.kind == kind }
    }

    /// The relationship with the given id.
    func relationship(withID id: String) -> Relationship? {
        all.first { $0.id == id }
    }

    /// Resolves `target` (`worksheets/sheet1.xml`, `../x.xml` or absolute `/xl/x.xml`) to an archive path.
    static func resolve(_ target: String, against directory: [String]) -> String {
        var components = target.hasPrefix("/") ? [] : directory
        for component in target.split(separator: "/") {
            switch component {
            case ".": continue
            case "..": _ = components.popLast()
            default: components.append(String(component))
            }
        }
        return components.joined(separator: "/")
    }

    private final class Handler: SAXHandler {
        var entries: [(id: String, kind: String, target: String)] = []

        func didStart(_ element: String, attributes: [String: String]) {
            guard element == "Relationship", attributes["TargetMode"] != "External",
                let id = attributes["Id"], let type = attributes["Type"], let target = attributes["Target"]
            else { return }
            let kind = type.split(separator: "/").last.map(String.init) ?? type
            entries.append((id, kind, target))
        }

        func didEnd(_ element: String) {}
        func foundCharacters(_ text: String) {}
    }
}
