import Foundation
import HubStore
import Hummingbird

/// Registers the network's API (catalogue, indicator values, comparisons, learning examples and meetings, the
/// capacity exchange, self-assessment, the OpenAPI document) under the authenticated `/api/v1` group, and the
/// Swedish web UI at the root.
struct HubNetworkRoutes: Sendable {
    let configuration: HubServerConfiguration
    let store: HubStore
    let now: @Sendable () -> Date

    func addRoutes(to router: Router<HubRequestContext>, api: RouterGroup<HubRequestContext>) {
        let limit = configuration.maximumBodyBytes
        CatalogueController(store: store, now: now, maximumBodyBytes: limit).addRoutes(to: api)
        IndicatorValueController(store: store, now: now, maximumBodyBytes: limit).addRoutes(to: api)
        ComparisonController(service: ComparisonService(store: store, now: now)).addRoutes(to: api)
        LearningController(store: store, now: now, maximumBodyBytes: limit).addRoutes(to: api)
        ExchangeController(store: store, now: now, maximumBodyBytes: limit).addRoutes(to: api)
        SelfAssessmentController(store: store, now: now, maximumBodyBytes: limit).addRoutes(to: api)
        OpenAPIController().addRoutes(to: api)
        HubWebController(store: store, now: now).addRoutes(to: router)
    }
}
