import Foundation

/// A variance-stabilising transform of counts, with its inverse, the log-Jacobian for comparing likelihoods
/// across transforms, and the back-transformed mean of a normal variable on the transformed scale.
enum VarianceStabilizer: CaseIterable, Sendable {
    /// log(1 + y): multiplicative effects, for counts well away from zero.
    case log1p
    /// √(y + 3/8) (Anscombe): for small counts, where the log scale exaggerates zeros.
    case anscombe

    /// The transformed value.
    func forward(_ y: Double) -> Double {
        switch self {
        case .log1p: Foundation.log1p(y)
        case .anscombe: (y + 0.375).squareRoot()
        }
    }

    /// The count for transformed value `z` (the quantile map; may be negative, callers clamp at zero).
    func inverse(_ z: Double) -> Double {
        switch self {
        case .log1p: expm1(min(z, 700))
        case .anscombe: z <= 0 ? -0.375 : z * z - 0.375
        }
    }

    /// log |dz/dy| at `y`, added to the log-likelihood on the transformed scale to get it on the count scale.
    func logJacobian(_ y: Double) -> Double {
        switch self {
        case .log1p: -Foundation.log1p(y)
        case .anscombe: -log(2) - 0.5 * log(y + 0.375)
        }
    }

    /// E[inverse(Z)] for Z ~ N(mu, sd²).
    func mean(mu: Double, sd: Double) -> Double {
        switch self {
        case .log1p: expm1(min(mu + sd * sd / 2, 700))
        case .anscombe: mu * mu + sd * sd - 0.375
        }
    }

    /// A short name for the model description.
    var name: String {
        switch self {
        case .log1p: "log"
        case .anscombe: "rot"
        }
    }
}
