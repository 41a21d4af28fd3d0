import Hummingbird

extension NodeWebController {
    /// `GET /kapacitetsutbyte` and the CSRF-protected `POST /kapacitetsutbyte` of its forms.
    func addExchangeRoutes(to router: Router<Context>) {
        router.get("kapacitetsutbyte") { request, context in
            try await page(request, context) { try ExchangePage.build($0) }
        }
        router.post("kapacitetsutbyte") { request, context in
            try await action(request, context) { pageContext, form in try ExchangePage.perform(pageContext, form: form)
            }
        }
    }
}
