import Hummingbird

extension HTTPResponse.Status {
    /// The status an error becomes when it leaves the router: its own for HTTP errors, 500 otherwise.
    init(answering error: any Error) {
        self = (error as? any HTTPResponseError)?.status ?? .internalServerError
    }
}

extension Duration {
    /// Milliseconds with one decimal, for log lines.
    var loggedMilliseconds: Double {
        let milliseconds = Double(components.seconds) * 1_000 + Double(components.attoseconds) / 1e15
        return (milliseconds * 10).rounded() / 10
    }
}
