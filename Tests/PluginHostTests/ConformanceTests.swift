import ForecastPlugin
import PluginHost
import Testing

@Suite struct ConformanceTests {
    @Test func examplePluginPassesEveryCase() throws {
        let plugin = try TestPlugins.seasonalPython()
        let results = PluginConformance(configuration: PluginHostConfiguration(deadline: .seconds(30))).check(plugin)
        #expect(results.count == 7)
        #expect(results.allSatisfy { $0.outcome == .passed }, "\(PluginConformance.report(results, plugin: plugin))")
        let report = PluginConformance.report(results, plugin: plugin)
        #expect(report.contains("Resultat: 7 godkända, 0 underkända, 0 överhoppade."))
        #expect(report.contains(plugin.allowlistEntry.line))
    }

    @Test func misbehavingPluginFailsWithReasonsAndNoAllowlistLine() throws {
        let plugin = try TestPlugins.misbehaving("unordered")
        let results = PluginConformance(configuration: PluginHostConfiguration(deadline: .seconds(5))).check(plugin)
        #expect(results[0].outcome == .passed)  // describe has no series to get wrong
        #expect(results.dropFirst().allSatisfy { $0.isFailure })
        let report = PluginConformance.report(results, plugin: plugin)
        #expect(report.contains("UNDERKÄND") && report.contains("kvantilerna får inte minska"))
        #expect(!report.contains(plugin.hash))
    }

}
