import Credentials
import Foundation
import Hummingbird
import HummingbirdTesting
import NodeStore
import PlanningDomain
import RegionNode
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The password every web test user gets.
let webPassword = "ett-långt-lösenord"

/// The node's application as the browser sees it.
func webApplication(
    _ workspace: Workspace, authentication: NodeAuthentication = .required, synthetic: Bool = false
) -> some ApplicationProtocol {
    buildNodeApplication(
        configuration: NodeServerConfiguration(
            port: 0, authentication: authentication, isSyntheticData: synthetic),
        store: workspace.store, now: fixedNow)
}

extension Workspace {
    /// Adds a user with ``webPassword``.
    func addWebUser(_ name: String, _ role: NodeRole, unit: String? = nil) throws {
        try store.addUser(
            NodeUser(username: name, displayName: name.capitalized, role: role, unitCode: unit), password: webPassword,
            rounds: 1_000, at: fixedNow())
    }

    /// Units of the imported region: the root, and two departments that have planning objects.
    func regionUnits() throws -> (root: String, department: String, otherDepartment: String) {
        let master = try store.masterData()
        let root = try #require(master.units.first { $0.level == .region }?.code)
        let tree = try OrganisationTree(units: master.units)
        let departments = master.units.filter { $0.level == .department }.map(\.code).sorted().filter { code in
            master.planningObjects.contains { tree.isWithin($0.unitCode, ancestor: code) }
        }
        #expect(departments.count >= 2)
        return (root, departments[0], departments[1])
    }

    /// A plan for `unit` from the forecast, proposed by the analyst "anna"; returns its id.
    func proposedPlan(unit: String) throws -> Int64 {
        let service = PlanService(store: store, now: fixedNow)
        let id = try service.create(unitCode: unit, name: "Plan 2026", startWeek: nil, user: "anna").planID
        try service.handle(planID: id, version: 1, action: .propose, user: "anna", level: .tactical)
        return id
    }
}

/// A logged-in browser: its cookie header and its session's CSRF token.
struct Browser {
    let cookie: String
    let csrf: String

    var headers: HTTPFields { [.cookie: cookie] }

    /// Headers for a form post.
    var formHeaders: HTTPFields { [.cookie: cookie, .contentType: "application/x-www-form-urlencoded"] }
}

/// Logs in through the login form and returns the session.
func logIn(_ client: some TestClientProtocol, _ username: String, store: NodeStore) async throws -> Browser {
    let body = "anvandarnamn=\(username)&losenord=\(formEncoded(webPassword))&next=%2F"
    return try await client.execute(
        uri: "/logga-in", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
        body: ByteBuffer(string: body)
    ) { response in
        #expect(response.status == .seeOther)
        let setCookie = try #require(response.headers[.setCookie])
        let pair = try #require(setCookie.split(separator: ";").first.map(String.init))
        let secret = String(pair.dropFirst("balans_session=".count))
        let session = try #require(try store.session(for: AccessToken(secret: secret), at: fixedNow()))
        return Browser(cookie: pair, csrf: session.csrfToken)
    }
}

/// `text` encoded for a form body.
func formEncoded(_ text: String) -> String {
    var allowed = CharacterSet.alphanumerics
    allowed.insert(charactersIn: "-._~")
    return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
}

/// A form body from pairs.
func formBody(_ pairs: [(String, String)]) -> ByteBuffer {
    ByteBuffer(string: pairs.map { "\(formEncoded($0))=\(formEncoded($1))" }.joined(separator: "&"))
}

/// Checks that `html` is a well-formed document whose root is `<html lang="sv">`; returns every element's name
/// and attributes in document order.
@discardableResult
func checkSwedishPage(_ html: String, _ location: String) throws -> [(name: String, attributes: [String: String])] {
    #expect(html.hasPrefix("<!DOCTYPE html>"), "\(location): no doctype")
    let collector = ElementCollector()
    let parser = XMLParser(data: Data(html.utf8))
    parser.delegate = collector
    let parsed = parser.parse()
    #expect(
        parsed, "\(location): not well-formed at line \(parser.lineNumber): \(String(describing: parser.parserError))")
    #expect(collector.elements.first?.name == "html", "\(location): root is not html")
    #expect(collector.elements.first?.attributes["lang"] == "sv", "\(location): lang is not sv")
    return collector.elements
}

private final class ElementCollector: NSObject, XMLParserDelegate {
    var elements: [(name: String, attributes: [String: String])] = []

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        elements.append((elementName, attributes))
    }
}

/// A multipart/form-data body (boundary `xYz123`) with the CSRF token, `fields`, and one file in the field `fil`.
func multipart(csrf: String, fields: [(String, String)], fileName: String, contents: [UInt8]) -> ByteBuffer {
    let boundary = "xYz123"
    var body: [UInt8] = []
    for (name, value) in [("csrf_token", csrf)] + fields {
        body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
    }
    body += Array(
        ("--\(boundary)\r\nContent-Disposition: form-data; name=\"fil\"; filename=\"\(fileName)\"\r\n"
            + "Content-Type: text/csv\r\n\r\n").utf8)
    body += contents
    body += Array("\r\n--\(boundary)--\r\n".utf8)
    return ByteBuffer(bytes: body)
}
