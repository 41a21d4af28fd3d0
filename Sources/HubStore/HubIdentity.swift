public import Foundation

/// What a tenant is: one of the 21 regions, or the agency that runs the network.
public enum TenantKind: String, Sendable, Codable, CaseIterable {
    /// A region (county council), identified by its official two-digit code.
    case region
    /// The national agency: curates definitions and examples, sees the national picture.
    case agency
}

/// The roles a hub credential or user can have.
public enum HubRole: String, Sendable, Codable, CaseIterable {
    /// A region node's sync client: writes the region's own aggregates and exchange messages.
    case regionNode = "region-node"
    /// A person in a region: reads comparisons and examples, drafts examples, uses the exchange.
    case regionUser = "region-user"
    /// The agency's curator: reviews and publishes examples, records network meetings.
    case agencyCurator = "agency-curator"
    /// The agency's administrator: manages credentials and the indicator catalogue.
    case agencyAdmin = "agency-admin"

    /// Whether the role belongs to the agency tenant.
    public var isAgencyRole: Bool { self == .agencyCurator || self == .agencyAdmin }

    /// Swedish label for the web UI.
    public var swedishLabel: String {
        switch self {
        case .regionNode: "Regionnod"
        case .regionUser: "Regionanvändare"
        case .agencyCurator: "Myndighetens redaktör"
        case .agencyAdmin: "Myndighetens administratör"
        }
    }
}

/// A tenant of the hub.
public struct Tenant: Sendable, Hashable, Codable {
    /// Database id.
    public var id: Int64
    /// The region's county code ("05") or the agency's code.
    public var code: String
    /// Display name.
    public var name: String
    /// Region or agency.
    public var kind: TenantKind

    /// Creates a tenant value.
    public init(id: Int64, code: String, name: String, kind: TenantKind) {
        self.id = id
        self.code = code
        self.name = name
        self.kind = kind
    }
}

/// Who is calling: always derived from an authenticated credential or session, never from a request body.
public struct HubIdentity: Sendable, Hashable {
    /// The caller's tenant.
    public var tenant: Tenant
    /// The caller's role.
    public var role: HubRole
    /// A readable actor for the audit log, e.g. "token:3f9a…" or "user:anna".
    public var actor: String
    /// The credential id when the caller used a token.
    public var credentialID: Int64?
    /// The registered Ed25519 public key of a node credential (base64 raw representation), if any.
    public var publicKey: String?

    /// Creates an identity.
    public init(tenant: Tenant, role: HubRole, actor: String, credentialID: Int64? = nil, publicKey: String? = nil) {
        self.tenant = tenant
        self.role = role
        self.actor = actor
        self.credentialID = credentialID
        self.publicKey = publicKey
    }

    /// Whether the caller belongs to the agency.
    public var isAgency: Bool { tenant.kind == .agency }
}

/// A credential as listed to an administrator (never the secret).
public struct CredentialInfo: Sendable, Hashable, Codable {
    /// Database id.
    public var id: Int64
    /// Owning tenant's code.
    public var tenantCode: String
    /// Role.
    public var role: HubRole
    /// What it is for, e.g. "Regionnod Östergötland".
    public var label: String
    /// First characters of the token hash, to tell credentials apart.
    public var fingerprint: String
    /// When it was issued.
    public var createdAt: Date
    /// When it was revoked, if it was.
    public var revokedAt: Date?
    /// Whether a public key for batch signatures is registered.
    public var hasPublicKey: Bool

    /// Creates a value.
    public init(
        id: Int64, tenantCode: String, role: HubRole, label: String, fingerprint: String, createdAt: Date,
        revokedAt: Date?, hasPublicKey: Bool
    ) {
        self.id = id
        self.tenantCode = tenantCode
        self.role = role
        self.label = label
        self.fingerprint = fingerprint
        self.createdAt = createdAt
        self.revokedAt = revokedAt
        self.hasPublicKey = hasPublicKey
    }
}
