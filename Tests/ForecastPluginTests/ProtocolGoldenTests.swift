import ForecastPlugin
import Foundation
import Testing

@Suite struct ProtocolGoldenTests {
    @Test func requestEncodesToTheGoldenJSON() throws {
        let encoded = String(decoding: try PluginJSON.encode(Examples.request, pretty: true), as: UTF8.self)
        let golden = try FixtureFile.text("request-v1.json")
        #expect(encoded == golden.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    @Test func goldenRequestDecodesToTheSameValue() throws {
        let decoded = try JSONDecoder().decode(ForecastRequest.self, from: try FixtureFile.data("request-v1.json"))
        #expect(decoded == Examples.request)
        #expect(decoded.series[0].calendar.lowProduction[3] == nil)
    }

    @Test func goldenResponseValidatesAndReencodesIdentically() throws {
        let data = try FixtureFile.data("response-v1.json")
        let response = try ForecastResponseValidator(expectedModelID: "example").validate(data, for: Examples.request)
            .get()
        #expect(response.forecasts.map(\.id) == ["ortopedi", "kirurgi"])
        #expect(response.forecasts[0].quantile(0.9) == [14, 15, 16])
        #expect(response.forecasts[1].parameters == nil)
        let reencoded = String(decoding: try PluginJSON.encode(response, pretty: true), as: UTF8.self)
        #expect(reencoded == String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    @Test func goldenManifestDecodes() throws {
        let manifest = try JSONDecoder().decode(PluginManifest.self, from: try FixtureFile.data("plugin-v1.json"))
        #expect(manifest.id == "seasonal-python")
        #expect(manifest.frequencies == [.weekly, .monthly])
        #expect(manifest.problems.isEmpty)
    }

    @Test func describeRequestHasNoSeries() throws {
        let text = String(decoding: try PluginJSON.encode(ForecastRequest.describe()), as: UTF8.self)
        #expect(
            text
                == #"{"command":"describe","frequency":"weekly","horizon":0,"protocolVersion":1,"quantiles":[],"#
                + #""series":[]}"#
        )
    }

    @Test func quantileKeysUseTheShortestDecimalForm() {
        #expect(StandardLevels.all.map(QuantileKey.key(for:)) == ["0.025", "0.1", "0.5", "0.9", "0.975"])
        #expect(QuantileKey.level(of: "0.10") == 0.1)
        #expect(QuantileKey.level(of: "nan") == nil)
        #expect(QuantileKey.level(of: " 0.1") == nil)
        #expect(QuantileKey.level(of: "1") == nil)
    }
}

private enum StandardLevels {
    static let all = [0.025, 0.1, 0.5, 0.9, 0.975]
}
