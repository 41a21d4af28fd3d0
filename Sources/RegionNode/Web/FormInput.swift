import Hummingbird

/// A posted form: its fields and, for a multipart upload, its files.
struct FormInput: Sendable {
    /// The text fields.
    var fields: WebForm
    /// Uploaded files.
    var files: [MultipartForm.File] = []

    /// Reads the body (at most `maximumBytes`) as `application/x-www-form-urlencoded` or `multipart/form-data`.
    static func read(_ request: Request, maximumBytes: Int) async throws -> FormInput {
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: maximumBytes)
        } catch {
            throw WebError(
                status: .contentTooLarge, title: "Filen är för stor",
                message: "Det som skickades är större än \(maximumBytes / 1_048_576) MiB. Dela upp filen eller "
                    + "importera den med balans import på servern.")
        }
        let bytes = Array(buffer.readableBytesView)
        let type = request.headers[.contentType] ?? ""
        if let boundary = MultipartForm.boundary(contentType: type) {
            do {
                let form = try MultipartForm.parse(bytes, boundary: boundary)
                return FormInput(fields: form.fields, files: form.files)
            } catch {
                throw WebError.badRequest(error.description)
            }
        }
        return FormInput(fields: WebForm.urlEncoded(bytes))
    }
}

/// What a form post leads to: a redirect (after a change) or a page (a refusal shown with the form again).
enum ActionResult: Sendable {
    /// 303 to a page that shows the result.
    case redirect(String)
    /// A page, e.g. the form again with its errors.
    case page(WebPage)
}
