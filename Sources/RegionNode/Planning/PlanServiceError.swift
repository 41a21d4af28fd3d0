import NodeStore
import PlanningDomain

/// Why a plan command was refused: a Swedish sentence for planners, usually the domain's own message.
public struct PlanServiceError: Error, Sendable, CustomStringConvertible {
    /// A stable code for logs and APIs, e.g. "plan_workflow.agreed_is_immutable".
    public var code: String
    /// The Swedish sentence.
    public var description: String

    /// Creates an error.
    public init(code: String, _ description: String) {
        self.code = code
        self.description = description
    }

    /// The domain's refusals as service errors; any other error is passed on unchanged.
    static func translating(_ error: any Error) -> any Error {
        switch error {
        case let error as PlanServiceError: error
        case let error as PlanWorkflowError: PlanServiceError(code: error.code, error.message)
        case let error as ProductionPlanError: PlanServiceError(code: error.code, error.message)
        case let error as DailyPlanError: PlanServiceError(code: error.code, error.message)
        case let error as BalancingError: PlanServiceError(code: "balancing", error.message)
        case let error as UnknownPlanError: PlanServiceError(code: "plan.unknown", error.description)
        default: error
        }
    }

    /// Runs `body`, translating the domain's refusals.
    static func translated<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch {
            throw translating(error)
        }
    }
}
