/// A refusal by the domain or the node (an agreed version cannot change, no forecast yet, …): printed as
/// "Error: <Swedish sentence>" with exit status 1, without the usage text that a mistyped command gets.
struct Refusal: Error, CustomStringConvertible {
    /// The Swedish sentence.
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
