import Foundation
import Logging
import ServerSupport
import Testing

@Suite("Configuration: defaults, types, unknown keys, environment")
struct ConfigurationTests {
    func node(_ yaml: String, environment: [String: String] = [:]) throws -> NodeConfiguration {
        try NodeConfiguration.load(
            document: ConfigurationDocument.parse(yaml: yaml, file: "Config/node.yaml"), environment: environment)
    }

    func error(_ yaml: String, environment: [String: String] = [:]) -> ConfigurationError? {
        do {
            _ = try node(yaml, environment: environment)
            return nil
        } catch {
            return error as? ConfigurationError
        }
    }

    @Test func noFileGivesTheDocumentedDefaults() throws {
        let configuration = try NodeConfiguration.load(file: nil, environment: [:])
        #expect(configuration == NodeConfiguration())
        #expect(configuration.listener == ListenerConfiguration(host: "127.0.0.1", port: 8080))
        #expect(configuration.disclosureThreshold == 5)
        #expect(configuration.authenticationRequired)
        #expect(configuration.hub == nil)
        #expect(configuration.forecastSchedule == .weekly(weekday: 1, hour: 3, minute: 0))
        #expect(configuration.logLevel == .info)
        let hub = try HubConfiguration.load(file: nil, environment: [:])
        #expect(hub == HubConfiguration())
        #expect(hub.listener.port == 8090)
    }

    @Test func fileValuesReplaceDefaultsKeyByKey() throws {
        let configuration = try node(
            """
            server:
              port: 9443
              authentication: disabled
            storage:
              database: /data/region.sqlite
            hub:
              url: https://hub.example.se:8090
              token_file: /run/secrets/hub-token
            region:
              code: "05"
            disclosure:
              threshold: 10
            forecast:
              schedule: fri 22:30
            logging:
              level: debug
            """)
        #expect(configuration.listener.port == 9443)
        #expect(configuration.listener.host == "127.0.0.1")
        #expect(!configuration.authenticationRequired)
        #expect(configuration.databasePath == "/data/region.sqlite")
        #expect(
            configuration.hub == HubConnection(url: "https://hub.example.se:8090", tokenFile: "/run/secrets/hub-token"))
        #expect(configuration.regionCode == "05")
        #expect(configuration.disclosureThreshold == 10)
        #expect(configuration.forecastSchedule == .weekly(weekday: 5, hour: 22, minute: 30))
        #expect(configuration.logLevel == .debug)
        #expect(configuration.syncBatchSize == 1_000)
        #expect(configuration.syncBatchesInFlight == 2)
    }

    @Test func environmentOverridesTheFileAndNamesItselfInErrors() throws {
        let configuration = try node(
            "server:\n  port: 8081\n",
            environment: [
                "BALANS_SERVER_PORT": "9000", "BALANS_STORAGE_DATABASE": "/srv/r.sqlite", "BALANS_EXECUTABLE": "x",
            ])
        #expect(configuration.listener.port == 9000)
        #expect(configuration.databasePath == "/srv/r.sqlite")
        let bad = error("server:\n  port: 8081\n", environment: ["BALANS_SERVER_PORT": "nio"])
        #expect(bad?.code == .invalidValue)
        #expect(
            bad?.description == "miljövariabeln BALANS_SERVER_PORT: server.port: \"nio\" är inte ett heltal (0–65535)")
    }

    @Test func emptyEnvironmentVariableMeansNotSet() throws {
        let yaml = "tls:\n  certificate_file: /a.pem\n  key_file: /a.key\n"
        #expect(try node(yaml).listener.tls != nil)
        let off = try node(
            yaml, environment: ["BALANS_TLS_CERTIFICATE_FILE": "", "BALANS_TLS_KEY_FILE": ""])
        #expect(off.listener.tls == nil)
    }

    @Test func wrongTypeNamesFileLineKeyAndExpectation() {
        let bad = error("server:\n  host: 0.0.0.0\n  port: \"abc\"\n")
        #expect(bad?.code == .invalidValue)
        #expect(bad?.description == "Config/node.yaml:3: server.port: \"abc\" är inte ett heltal (0–65535)")
        #expect(error("server:\n  port: 70000\n")?.key == "server.port")
        #expect(error("metrics:\n  enabled: kanske\n")?.description.contains("true eller false") == true)
        #expect(error("logging:\n  level: loud\n")?.description.contains("trace, debug, info") == true)
        #expect(error("server:\n  port: [1, 2]\n")?.description.contains("är en lista") == true)
        #expect(error("forecast:\n  schedule: måndag 3\n")?.key == "forecast.schedule")
        #expect(error("region:\n  code: 5\n")?.key == "region.code")
        #expect(error("hub:\n  url: ftp://hub\n  token_file: t\nregion:\n  code: \"05\"\n")?.key == "hub.url")
    }

    @Test func unknownKeySuggestsTheNearestKnownOne() {
        let typo = error("server:\n  prot: 8080\n")
        #expect(typo?.code == .unknownKey)
        #expect(typo?.key == "server.prot")
        #expect(typo?.description.hasPrefix("Config/node.yaml:2: server.prot: okänd nyckel") == true)
        #expect(typo?.description.contains("Menade du server.port?") == true)
        let section = error("colour: blue\n")
        #expect(section?.code == .unknownKey)
        #expect(section?.description.contains("Menade du") == false)
        let nested = error("server:\n  port:\n    value: 1\n")
        #expect(nested?.key == "server.port.value")
        #expect(nested?.description.contains("server.port är ett enskilt värde") == true)
        let scalarSection = error("tls: on\n")
        #expect(scalarSection?.description.contains("tls är en sektion") == true)
    }

    @Test func emptySectionsAndNullsMeanDefaults() throws {
        #expect(try node("tls:\nhub: {}\nserver:\n  port: ~\n") == NodeConfiguration())
    }

    @Test func halfConfiguredPairsAreRefused() {
        #expect(error("tls:\n  certificate_file: /c.pem\n")?.code == .inconsistent)
        #expect(error("tls:\n  key_file: /c.key\n")?.key == "tls.certificate_file")
        #expect(error("hub:\n  url: https://hub\nregion:\n  code: \"05\"\n")?.key == "hub.token_file")
        #expect(error("hub:\n  url: https://hub\n  token_file: t\n")?.key == "region.code")
    }

    @Test func malformedYAMLAndDuplicateKeysNameTheLine() {
        let malformed = error("server:\n  port: 1\n   host: x\n")
        #expect(malformed?.code == .malformedYAML)
        #expect(malformed?.description.contains("rad") == true)
        let duplicate = error("server:\n  port: 1\n  port: 2\n")
        #expect(duplicate?.code == .malformedYAML)
        #expect(duplicate?.description.contains("port") == true)
    }

    @Test func unreadableFileIsNamed() {
        #expect(throws: ConfigurationError.self) {
            try NodeConfiguration.load(file: "/finns/inte/node.yaml", environment: [:])
        }
    }

    @Test func hubConfigurationReadsItsOwnKeysOnly() throws {
        let document = try ConfigurationDocument.parse(
            yaml: "server:\n  max_body_bytes: 2048\nsessions:\n  lifetime_minutes: 60\n", file: "Config/hub.yaml")
        let hub = try HubConfiguration.load(document: document, environment: [:])
        #expect(hub.maximumBodyBytes == 2048)
        #expect(hub.sessionLifetime == .seconds(3600))
        let nodeOnly = try ConfigurationDocument.parse(yaml: "disclosure:\n  threshold: 5\n", file: "Config/hub.yaml")
        #expect(throws: ConfigurationError.self) { try HubConfiguration.load(document: nodeOnly, environment: [:]) }
    }

    @Test func everyScheduleSurvivesARoundTripThroughItsText() {
        for weekday in 1...7 {
            for hour in [0, 3, 9, 23] {
                for minute in [0, 5, 30, 59] {
                    let schedule = ForecastSchedule.weekly(weekday: weekday, hour: hour, minute: minute)
                    #expect(ForecastSchedule(parsing: schedule.description) == schedule)
                }
            }
        }
        #expect(ForecastSchedule(parsing: "OFF") == .off)
        #expect(ForecastSchedule(parsing: "mon 24:00") == nil)
        #expect(ForecastSchedule(parsing: "mon 3:00") == nil)
    }

    @Test func environmentNamesFollowSectionAndKey() {
        #expect(ConfigurationDocument.environmentName(for: "server.port") == "BALANS_SERVER_PORT")
        #expect(ConfigurationDocument.environmentName(for: "hub.token_file") == "BALANS_HUB_TOKEN_FILE")
    }
}
