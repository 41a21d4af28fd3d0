import Foundation
import Hummingbird

extension HubRequestContext {
    /// A path parameter with its percent-encoding removed (the router matches the raw path, so "mall%20år.pdf"
    /// would otherwise reach the store encoded).
    func pathParameter(_ name: String) throws -> String {
        let raw = try parameters.require(name)
        return raw.removingPercentEncoding ?? raw
    }
}
