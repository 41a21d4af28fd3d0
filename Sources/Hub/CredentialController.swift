import Credentials
import Foundation
import HubStore
import Hummingbird
import ServerSupport

/// `/api/v1/whoami` and credential management: issue (agency admin), list, rotate and revoke (own tenant, or any
/// for the agency admin). Secrets are returned once, at issue or rotation.
struct CredentialController: Sendable {
    let store: HubStore
    let now: @Sendable () -> Date

    func addRoutes(to group: RouterGroup<HubRequestContext>) {
        group.get("whoami") { _, context -> WhoAmI in
            let identity = try context.requireIdentity()
            return WhoAmI(
                tenant: identity.tenant.code, tenantName: identity.tenant.name, role: identity.role.rawValue,
                actor: identity.actor)
        }
        group.get("credentials") { _, context -> CredentialList in
            let identity = try context.require([.agencyAdmin, .regionUser])
            return CredentialList(credentials: try store.credentials(visibleTo: identity))
        }
        group.post("credentials") { request, context -> IssuedCredential in
            let identity = try context.require([.agencyAdmin])
            let body = try await request.decode(as: IssueCredentialRequest.self, context: context)
            guard let role = HubRole(rawValue: body.role) else {
                throw APIError.badRequest(
                    "Okänd roll \"\(body.role)\". Välj en av: "
                        + HubRole.allCases.map(\.rawValue).joined(separator: ", ") + ".")
            }
            let issued = try mapped {
                try store.issueCredential(
                    tenantCode: body.tenant, role: role, label: body.label, publicKey: body.publicKey, by: identity,
                    at: now())
            }
            return IssuedCredential(token: issued.token.secret, credential: issued.credential)
        }
        group.post("credentials/:id/rotate") { _, context -> IssuedCredential in
            let identity = try context.require([.agencyAdmin, .regionUser])
            let id = try context.parameters.require("id", as: Int64.self)
            let issued = try mapped { try store.rotateCredential(id: id, by: identity, at: now()) }
            return IssuedCredential(token: issued.token.secret, credential: issued.credential)
        }
        group.delete("credentials/:id") { _, context -> HTTPResponse.Status in
            let identity = try context.require([.agencyAdmin, .regionUser])
            let id = try context.parameters.require("id", as: Int64.self)
            try mapped { try store.revokeCredential(id: id, by: identity, at: now()) }
            return .noContent
        }
    }
}

/// Runs a store call and turns its refusals into API errors (404 for unknown things, 409 otherwise).
func mapped<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as HubStoreError {
        let status: HTTPResponse.Status =
            error.code.hasSuffix(".unknown") ? .notFound : error.code.hasSuffix(".forbidden") ? .forbidden : .conflict
        throw APIError(status, code: error.code, message: error.message)
    }
}

struct WhoAmI: ResponseEncodable {
    var tenant: String
    var tenantName: String
    var role: String
    var actor: String
}

struct IssueCredentialRequest: Decodable {
    var tenant: String
    var role: String
    var label: String
    var publicKey: String?
}

struct IssuedCredential: ResponseEncodable {
    var token: String
    var credential: CredentialInfo
}

struct CredentialList: ResponseEncodable {
    var credentials: [CredentialInfo]
}
