import WebUI

/// The login page for hub users (region users and the agency's staff).
enum LoginPage {
    static func render(username: String = "", error: String? = nil) -> String {
        let layout = PageLayout(siteName: HubWebLayout.siteName, stylesheetPath: HubWebLayout.stylesheetPath)
        let form = Form(
            action: "/logga-in", csrfToken: nil,
            fields: [
                FormField(name: "username", label: "Användarnamn", value: username, isRequired: true),
                FormField(name: "password", label: "Lösenord", control: .text(.password), isRequired: true),
            ], buttons: [SubmitButton("Logga in")], label: "Logga in")
        return layout.render(
            title: "Logga in", flash: error.map { [FlashMessage(.error, $0)] } ?? [],
            content: .group {
                HTMLNode.p {
                    "Hubben samlar regionernas jämförbara indikatorer, lärande exempel och kapacitetsutbytet. "
                        + "Logga in med det konto myndigheten har gett dig."
                }
                form.node()
            })
    }
}
