/// The media types the hub stores and serves for learning-example attachments. Anything else is served as
/// `application/octet-stream`, so a file can never be rendered by the browser as a page of the hub (no HTML, SVG
/// or script types), whatever the uploader claimed.
public enum AttachmentMediaType {
    /// Allowed types by lower-case file extension.
    public static let byExtension: [String: String] = [
        "pdf": "application/pdf",
        "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "csv": "text/csv",
        "txt": "text/plain",
        "png": "image/png",
        "jpg": "image/jpeg",
        "jpeg": "image/jpeg",
    ]

    /// The generic type for everything else.
    public static let fallback = "application/octet-stream"

    /// The type to store for a file called `name`: decided by the extension, never by what the client declared.
    public static func normalised(name: String) -> String {
        guard let dot = name.lastIndex(of: ".") else { return fallback }
        return byExtension[name[name.index(after: dot)...].lowercased()] ?? fallback
    }
}
