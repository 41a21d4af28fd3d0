import Foundation

/// A parsed `multipart/form-data` body: its text fields and its files (RFC 7578).
///
/// Only what the import form needs: parts with a `Content-Disposition: form-data` header, a `name` and, for files,
/// a `filename`. Nested multiparts and transfer encodings are not used by browsers for form uploads.
struct MultipartForm: Sendable {
    /// One uploaded file.
    struct File: Sendable, Hashable {
        /// The form field's name.
        var fieldName: String
        /// The file's name as the browser sent it, without any directory part.
        var fileName: String
        /// The bytes.
        var contents: [UInt8]
    }

    /// The text fields.
    var fields = WebForm()
    /// The files, in the order sent.
    var files: [File] = []

    /// The boundary of a `multipart/form-data; boundary=...` content type, or nil for any other type.
    static func boundary(contentType: String) -> String? {
        let parameters = contentType.split(separator: ";").map { String($0).trimmingWhitespace() }
        guard parameters.first?.lowercased() == "multipart/form-data" else { return nil }
        for parameter in parameters.dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map(String.init)
            guard pair.count == 2, pair[0].lowercased() == "boundary" else { continue }
            var value = pair[1]
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 {
                value = String(value.dropFirst().dropLast())
            }
            // RFC 2046: 1 to 70 characters.
            return (1...70).contains(value.utf8.count) ? value : nil
        }
        return nil
    }

    /// Parses `body` split by `boundary`.
    static func parse(_ body: [UInt8], boundary: String) throws(MultipartFormError) -> MultipartForm {
        let delimiter = Array("--\(boundary)".utf8)
        guard var position = find(delimiter, in: body, from: 0) else { throw .noParts }
        var form = MultipartForm()
        let separator = Array("\r\n\r\n".utf8)
        let nextDelimiter = Array("\r\n--\(boundary)".utf8)
        while true {
            position += delimiter.count
            // "--" after a delimiter closes the body.
            if position + 1 < body.count, body[position] == UInt8(ascii: "-"), body[position + 1] == UInt8(ascii: "-") {
                return form
            }
            guard position + 1 < body.count, body[position] == 13, body[position + 1] == 10 else {
                throw .malformed
            }
            position += 2
            guard let headerEnd = find(separator, in: body, from: position) else { throw .malformed }
            let headers = String(decoding: body[position..<headerEnd], as: UTF8.self)
            let contentStart = headerEnd + separator.count
            guard let contentEnd = find(nextDelimiter, in: body, from: contentStart) else { throw .malformed }
            let disposition = headers.split(separator: "\r\n").first {
                $0.lowercased().hasPrefix("content-disposition:")
            }
            if let disposition {
                let parameters = dispositionParameters(String(disposition.dropFirst("content-disposition:".count)))
                if let name = parameters["name"] {
                    let contents = Array(body[contentStart..<contentEnd])
                    if let fileName = parameters["filename"] {
                        form.files.append(File(fieldName: name, fileName: baseName(fileName), contents: contents))
                    } else {
                        form.fields.fields[name, default: []].append(String(decoding: contents, as: UTF8.self))
                    }
                }
            }
            position = contentEnd + 2
        }
    }

    /// The first file sent in field `name` that has a file name (browsers send an empty part when none is chosen).
    func file(_ name: String) -> File? {
        files.first { $0.fieldName == name && !$0.fileName.isEmpty }
    }

    /// `form-data; name="a"; filename="b.csv"` → ["name": "a", "filename": "b.csv"], honouring quotes.
    static func dispositionParameters(_ text: String) -> [String: String] {
        var result: [String: String] = [:]
        var name = ""
        var value = ""
        var inValue = false
        var quoted = false
        var escaped = false
        func finish() {
            let key = name.trimmingWhitespace().lowercased()
            if !key.isEmpty, inValue { result[key] = quoted ? value : value.trimmingWhitespace() }
            name = ""
            value = ""
            inValue = false
            quoted = false
        }
        for character in text {
            if inValue {
                if quoted {
                    if escaped {
                        value.append(character)
                        escaped = false
                    } else if character == "\\" {
                        escaped = true
                    } else if character == "\"" {
                        quoted = false
                    } else {
                        value.append(character)
                    }
                } else if character == ";" {
                    finish()
                } else if character == "\"" && value.trimmingWhitespace().isEmpty {
                    quoted = true
                    value = ""
                } else {
                    value.append(character)
                }
            } else if character == "=" {
                inValue = true
            } else if character == ";" {
                name = ""
            } else {
                name.append(character)
            }
        }
        finish()
        return result
    }

    /// Old browsers send the client's full path; only the last component is the file's name.
    static func baseName(_ name: String) -> String {
        String(name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last ?? "")
    }

    /// The first index of `needle` in `haystack` at or after `start`.
    static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, needle.count <= haystack.count else { return nil }
        var index = start
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == first {
                var offset = 1
                while offset < needle.count, haystack[index + offset] == needle[offset] { offset += 1 }
                if offset == needle.count { return index }
            }
            index += 1
        }
        return nil
    }
}

/// Why a multipart body could not be read.
enum MultipartFormError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The boundary does not occur in the body.
    case noParts
    /// A part is cut off or lacks its headers.
    case malformed

    var description: String {
        switch self {
        case .noParts: "Formuläret innehöll ingen fil. Välj en fil och skicka igen."
        case .malformed: "Uppladdningen är ofullständig eller felaktig. Försök igen."
        }
    }
}
