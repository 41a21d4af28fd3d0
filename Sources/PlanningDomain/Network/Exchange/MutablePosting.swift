/// A posting whose state the exchange may change (requests and offers, inside the module only).
protocol MutablePosting: ExchangePosting {
    var state: PostingState { get set }
}

extension CapacityRequest: MutablePosting {}
extension CapacityOffer: MutablePosting {}
