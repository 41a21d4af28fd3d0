import ForecastPlugin
import Foundation
import PluginHost
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The host survives every way a plugin can misbehave: quickly, with the process group gone, and no forecast.
@Suite struct MisbehavingPluginTests {
    enum Expected: Sendable, CustomStringConvertible {
        case code(PluginFailure.Code)
        case invalidResponse(ResponseProblem.Code)
        case anyInvalidResponse

        var description: String { "\(self)" }
    }

    static let cases: [(mode: String, expected: Expected)] = [
        ("hang", .code(.timedOut)),
        ("segv", .code(.crashed(signal: SIGSEGV))),
        ("abort", .code(.crashed(signal: SIGABRT))),
        ("exit-nonzero", .code(.exitedWithStatus(3))),
        ("flood-stdout", .code(.outputTooLarge)),
        ("flood-stderr", .code(.logTooLarge)),
        ("garbage", .invalidResponse(.invalidJSON)),
        ("partial", .invalidResponse(.invalidJSON)),
        ("nan", .invalidResponse(.invalidJSON)),
        ("infinity", .invalidResponse(.invalidJSON)),
        ("extra-key", .invalidResponse(.unknownKey)),
        ("wrong-key", .invalidResponse(.unknownKey)),
        ("wrong-horizon", .invalidResponse(.wrongHorizon)),
        ("unordered", .invalidResponse(.unorderedQuantiles)),
        ("negative", .invalidResponse(.invalidNumber)),
        ("missing-series", .invalidResponse(.missingSeries)),
        ("wrong-model", .invalidResponse(.modelMismatch)),
        ("string-number", .invalidResponse(.wrongType)),
        ("closed-stdin", .anyInvalidResponse),
    ]

    @Test(arguments: cases.map(\.mode))
    func hostSurvivesAndYieldsNoForecast(mode: String) throws {
        let expected = try #require(Self.cases.first { $0.mode == mode }?.expected)
        let plugin = try TestPlugins.misbehaving(mode)
        let runner = TestPlugins.runner(allowing: [plugin])
        let clock = ContinuousClock()
        let started = clock.now
        let result = runner.run(TestPlugins.request, with: plugin)
        #expect(clock.now - started < .seconds(5), "mode \(mode) took too long")
        guard case let .failure(failure) = result else {
            Issue.record("mode \(mode) produced a forecast")
            return
        }
        #expect(!failure.message.isEmpty && failure.message.contains("misbehaving"))
        switch (expected, failure.code) {
        case let (.code(code), actual):
            #expect(actual == code, "mode \(mode): \(failure.message)")
        case let (.invalidResponse(problem), .invalidResponse(problems)):
            #expect(problems.map(\.code).contains(problem), "mode \(mode): \(failure.message)")
        case (.anyInvalidResponse, .invalidResponse):
            break
        default:
            Issue.record("mode \(mode): unexpected \(failure.code): \(failure.message)")
        }
    }

    @Test func timeoutKillsTheWholeProcessGroupIncludingTheGrandchild() throws {
        let plugin = try TestPlugins.misbehaving("hang")
        let runner = TestPlugins.runner(allowing: [plugin], deadline: .milliseconds(1500))
        guard case let .failure(failure) = runner.run(TestPlugins.request, with: plugin) else {
            Issue.record("hang produced a forecast")
            return
        }
        #expect(failure.code == .timedOut)
        #expect(failure.message.contains("inom 1,5 s"))
        let grandchild = try #require(Self.grandchildPID(in: failure.log))
        #expect(Self.isGone(grandchild), "grandchild \(grandchild) survived")
    }

    @Test func aGrandchildLeftBehindByAGoodRunIsKilledToo() throws {
        let plugin = try TestPlugins.misbehaving("ok-leaves-child")
        let runner = TestPlugins.runner(allowing: [plugin])
        let clock = ContinuousClock()
        let started = clock.now
        let run = try runner.run(TestPlugins.request, with: plugin).get()
        // The grandchild keeps stdout open; the host must not wait for it until the deadline.
        #expect(clock.now - started < .seconds(1.5))
        let grandchild = try #require(Self.grandchildPID(in: run.log))
        #expect(Self.isGone(grandchild), "grandchild \(grandchild) survived")
    }

    @Test func pluginRunsInItsOwnGroupWithAScrubbedEnvironment() throws {
        let plugin = try TestPlugins.misbehaving("report-env")
        let run = try TestPlugins.runner(allowing: [plugin]).run(TestPlugins.request, with: plugin).get()
        let report = try JSONSerialization.jsonObject(with: Data(run.response.model.description.utf8)) as! [String: Any]
        let environment = report["env"] as! [String: String]
        #expect(Set(environment.keys).subtracting(["LC_CTYPE"]) == ["PATH", "LANG", "HOME", "PYTHONDONTWRITEBYTECODE"])
        #expect(environment["PATH"] == "/usr/bin:/bin")
        #expect(environment["HOME"]?.contains("balans-plugin-") == true)
        #expect(report["cwd"] as? String == plugin.folder.path)
        #expect(report["pgid"] as? Int == report["pid"] as? Int)
        #expect(report["pgid"] as? Int != Int(getpgrp()))
        // The temporary HOME is removed after the run.
        #expect(!FileManager.default.fileExists(atPath: environment["HOME"]!))
    }

    static func grandchildPID(in log: String) -> pid_t? {
        log.split(separator: "\n").lazy.compactMap { line in
            line.hasPrefix("grandchild=") ? pid_t(line.dropFirst("grandchild=".count)) : nil
        }.first
    }

    /// Whether `pid` no longer exists (not even as a zombie), allowing a moment for the kernel.
    static func isGone(_ pid: pid_t) -> Bool {
        for _ in 0..<100 {
            if kill(pid, 0) == -1, errno == ESRCH { return true }
            usleep(10_000)
        }
        return false
    }
}
