import Foundation
import HubStore
import Hummingbird
import PlanningDomain
import ServerSupport

/// Attachments of learning examples: upload (raw body, `?name=&expectedVersion=`), remove and download. Downloads
/// are always `Content-Disposition: attachment` with the stored (normalised) media type, `nosniff` and a sandbox
/// CSP, so a file can never run as a page of the hub.
struct AttachmentRoutes: Sendable {
    let store: HubStore
    let now: @Sendable () -> Date
    let maximumBodyBytes: Int

    func addRoutes(to group: RouterGroup<HubRequestContext>) {
        let store = store
        let now = now
        let limit = min(maximumBodyBytes, LearningAttachmentLimits.standard.maximumFileBytes)
        group.post("examples/:id/attachments") { request, context -> ExampleResponse in
            let identity = try context.require(LearningController.regionRoles)
            let id = try context.pathParameter("id")
            let query = request.uri.queryParameters
            guard let name = query.get("name"), !name.isEmpty else {
                throw APIError.badRequest("Ange filnamnet: ?name=<fil.pdf>.")
            }
            guard let version = query.get("expectedVersion").flatMap(Int.init) else {
                throw APIError.badRequest("Ange versionen du såg: ?expectedVersion=<heltal>.")
            }
            let buffer: ByteBuffer
            do {
                buffer = try await request.body.collect(upTo: limit)
            } catch {
                throw APIError(
                    .contentTooLarge, code: "learning.attachment_too_large",
                    message: "Bilagan är större än \(limit / 1_048_576) MiB; komprimera eller dela upp den.")
            }
            let data = Data(buffer.readableBytesView)
            let at = now()
            let example = try await StoreWork.run {
                try store.addAttachment(
                    exampleID: id, name: name, data: data, expectedVersion: version, by: identity, at: at)
            }
            return ExampleResponse(example, for: identity)
        }
        group.delete("examples/:id/attachments/:name") { request, context -> ExampleResponse in
            let identity = try context.require(LearningController.regionRoles)
            let id = try context.pathParameter("id")
            let name = try context.pathParameter("name")
            guard let version = request.uri.queryParameters.get("expectedVersion").flatMap(Int.init) else {
                throw APIError.badRequest("Ange versionen du såg: ?expectedVersion=<heltal>.")
            }
            let at = now()
            let example = try await StoreWork.run {
                try store.removeAttachment(exampleID: id, name: name, expectedVersion: version, by: identity, at: at)
            }
            return ExampleResponse(example, for: identity)
        }
        group.get("examples/:id/attachments/:name") { _, context -> Response in
            let identity = try context.requireIdentity()
            let id = try context.pathParameter("id")
            let name = try context.pathParameter("name")
            guard
                let file = try await StoreWork.run({
                    try store.attachment(exampleID: id, name: name, visibleTo: identity)
                })
            else {
                throw APIError.notFound("Hittade ingen bilaga \(name) till exemplet \(id) som du har åtkomst till.")
            }
            return Self.download(file)
        }
    }

    /// The response serving `file` safely.
    static func download(_ file: StoredAttachment) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = file.mediaType
        headers[.contentDisposition] = contentDisposition(file.name)
        headers[.init("X-Content-Type-Options")!] = "nosniff"
        headers[.contentSecurityPolicy] = "sandbox; default-src 'none'"
        headers[.cacheControl] = "private, no-store"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: file.data)))
    }

    /// `attachment; filename="…"; filename*=UTF-8''…`: an ASCII fallback without quotes or control characters,
    /// and the exact name percent-encoded (RFC 6266 / 5987).
    static func contentDisposition(_ name: String) -> String {
        let fallback = String(
            name.unicodeScalars.map { scalar -> Character in
                scalar.isASCII && scalar.value >= 0x20 && scalar != "\"" && scalar != "\\" && scalar.value != 0x7F
                    ? Character(scalar) : "_"
            })
        var allowed = CharacterSet.alphanumerics.intersection(
            CharacterSet(charactersIn: Unicode.Scalar(0)..<Unicode.Scalar(128)))
        allowed.insert(charactersIn: "-._~")
        let encoded = name.addingPercentEncoding(withAllowedCharacters: allowed) ?? fallback
        return "attachment; filename=\"\(fallback)\"; filename*=UTF-8''\(encoded)"
    }
}
