import Foundation
import ZIPFoundation

/// The zip container of an .xlsx file: recognises files that are not workbooks and reads parts under a size cap.
///
/// Opened per operation and never stored, because ZIPFoundation's `Archive` is a non-`Sendable` class.
struct WorkbookPackage {
    private static let ole2Signature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    private let archive: Archive
    private let maximumPartSize: Int

    /// Opens `data` as a zip archive, or explains what kind of file it is instead.
    init(data: Data, maximumPartSize: Int) throws(XLSXError) {
        let head = [UInt8](data.prefix(8))
        if head.isEmpty {
            throw XLSXError(
                code: .notAZipArchive,
                message: "Filen är tom. Välj en .xlsx-arbetsbok som innehåller de blad som ska importeras.")
        }
        if head == Self.ole2Signature {
            // Both legacy .xls files and password-protected .xlsx files are OLE2 compound documents.
            throw XLSXError(
                code: .notAZipArchive,
                message: "Filen är inte en .xlsx-arbetsbok utan en äldre Excel-fil (.xls) eller en lösenordsskyddad "
                    + "arbetsbok. Öppna den i Excel, ta bort eventuellt lösenord och spara den som .xlsx eller CSV.")
        }
        guard head.starts(with: [0x50, 0x4B]) else {
            throw XLSXError(
                code: .notAZipArchive,
                message: "Filen är inte en .xlsx-arbetsbok; den ser ut att vara en text- eller CSV-fil som fått "
                    + "filändelsen .xlsx. Öppna den i Excel och spara den som .xlsx eller CSV.")
        }
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw XLSXError(
                code: .notAZipArchive,
                message: "Filen är inte en läsbar .xlsx-arbetsbok; zip-arkivet är skadat eller ofullständigt "
                    + "(kanske avbröts uppladdningen). Öppna den i Excel och spara den som .xlsx eller CSV.")
        }
        self.maximumPartSize = maximumPartSize
    }

    /// Whether the archive holds a part at `path`.
    func contains(_ path: String) -> Bool {
        archive[path] != nil
    }

    /// The uncompressed bytes of the part at `path`, or `nil` when there is no such part.
    func read(_ path: String) throws(XLSXError) -> Data? {
        guard let entry = archive[path] else { return nil }
        let limit = maximumPartSize
        guard entry.uncompressedSize <= UInt64(limit) else { throw tooLarge(path) }
        var contents = Data()
        contents.reserveCapacity(Int(min(entry.uncompressedSize, 64 * 1_024 * 1_024)))
        do {
            _ = try archive.extract(entry) { chunk in
                // The declared size can lie; count what actually comes out of the inflater.
                guard contents.count + chunk.count <= limit else { throw PartTooLarge() }
                contents.append(chunk)
            }
        } catch is PartTooLarge {
            throw tooLarge(path)
        } catch {
            throw XLSXError(
                code: .notAZipArchive,
                message: "Arbetsboken är skadad: delen \(path) kunde inte packas upp. "
                    + "Öppna filen i Excel och spara den igen som .xlsx.")
        }
        return contents
    }

    private func tooLarge(_ path: String) -> XLSXError {
        let mebibytes = maximumPartSize / (1_024 * 1_024)
        let limit = mebibytes > 0 ? "\(mebibytes) MiB" : "\(maximumPartSize) byte"
        return XLSXError(
            code: .tooLarge,
            message: "Arbetsboken är för stor: delen \(path) blir större än \(limit) uppackad. "
                + "Spara bara de blad som ska importeras i en egen arbetsbok, eller dela upp den.")
    }

    private struct PartTooLarge: Error {}
}
