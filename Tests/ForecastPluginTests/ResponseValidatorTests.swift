import ForecastPlugin
import Foundation
import Testing

@Suite struct ResponseValidatorTests {
    private let validator = ForecastResponseValidator(expectedModelID: "example")

    private func validate(_ object: [String: Any]) throws -> Result<ForecastResponse, ResponseValidationError> {
        validator.validate(try JSONSerialization.data(withJSONObject: object), for: Examples.request)
    }

    private func problems(_ change: (inout [String: Any]) -> Void) throws -> [ResponseProblem] {
        var object = Examples.responseObject()
        change(&object)
        switch try validate(object) {
        case .success: return []
        case let .failure(error): return error.problems
        }
    }

    private func editForecast(_ index: Int, _ object: inout [String: Any], _ edit: (inout [String: Any]) -> Void) {
        var forecasts = object["forecasts"] as! [[String: Any]]
        edit(&forecasts[index])
        object["forecasts"] = forecasts
    }

    @Test func aValidResponsePasses() throws {
        #expect(try problems { _ in }.isEmpty)
    }

    @Test func unknownTopLevelKeyRejectsTheWholeResponse() throws {
        let found = try problems { $0["debug"] = true }
        #expect(found.map(\.code) == [.unknownKey])
        #expect(found[0].message.contains("\"debug\""))
    }

    @Test func unknownAndMissingKeysInAForecastNameTheSeries() throws {
        let found = try problems { editForecast(1, &$0) { $0["means"] = $0.removeValue(forKey: "mean") } }
        #expect(Set(found.map(\.code)) == [.unknownKey, .missingKey])
        #expect(found.allSatisfy { $0.seriesID == "kirurgi" && $0.message.contains("kirurgi") })
    }

    @Test func missingModelKeyIsRejected() throws {
        let found = try problems { $0["model"] = ["id": "example", "version": "1"] }
        #expect(found.map(\.code) == [.missingKey])
    }

    @Test func missingSeriesRejectsEvenTheGoodOnes() throws {
        let found = try problems { $0["forecasts"] = [($0["forecasts"] as! [Any])[0]] }
        #expect(found.map(\.code) == [.missingSeries])
        #expect(found[0].message == "Serie \"kirurgi\" saknas i svaret.")
    }

    @Test func duplicateAndUnrequestedSeriesAreRejected() throws {
        let found = try problems {
            var forecasts = $0["forecasts"] as! [[String: Any]]
            forecasts.append(forecasts[0])
            var stranger = forecasts[1]
            stranger["id"] = "okänd"
            forecasts.append(stranger)
            $0["forecasts"] = forecasts
        }
        #expect(Set(found.map(\.code)) == [.duplicateSeries, .unexpectedSeries])
    }

    @Test func wrongHorizonIsRejected() throws {
        let found = try problems { editForecast(0, &$0) { $0["mean"] = [1.0, 2.0] } }
        #expect(found.map(\.code) == [.wrongHorizon])
        #expect(found[0].message.contains("2 värden, men horisonten är 3"))
    }

    @Test func negativeValueNamesSeriesAndPeriod() throws {
        let found = try problems { editForecast(1, &$0) { $0["mean"] = [1.0, -0.5, 1.0] } }
        #expect(found.map(\.code) == [.invalidNumber])
        #expect(found[0].seriesID == "kirurgi" && found[0].period == 2)
        #expect(found[0].message.hasPrefix("Serie \"kirurgi\", period 2:"))
    }

    @Test func nanAndInfinityInTheTextAreRejected() throws {
        let good = String(
            decoding: try JSONSerialization.data(withJSONObject: Examples.responseObject()), as: UTF8.self)
        for bad in ["NaN", "Infinity", "-Infinity", "1e999"] {
            let text = good.replacingOccurrences(of: "[10,11,12]", with: "[\(bad),11,12]")
                .replacingOccurrences(of: "[10.0,11.0,12.0]", with: "[\(bad),11,12]")
            #expect(text != good)
            guard case let .failure(error) = validator.validate(Data(text.utf8), for: Examples.request) else {
                Issue.record("\(bad) was accepted")
                continue
            }
            #expect(!error.problems.isEmpty)
        }
    }

    @Test func unorderedQuantilesAreRejectedPerPeriod() throws {
        let found = try problems {
            editForecast(0, &$0) {
                $0["quantiles"] = ["0.1": [6.0, 7.0, 8.0], "0.5": [10.0, 17.0, 12.0], "0.9": [14.0, 15.0, 16.0]]
            }
        }
        #expect(found.map(\.code) == [.unorderedQuantiles])
        #expect(found[0].period == 2 && found[0].message.contains("kvantil 0.5"))
    }

    @Test func missingAndUnrequestedQuantilesAreRejected() throws {
        let found = try problems {
            editForecast(0, &$0) {
                $0["quantiles"] = ["0.1": [6.0, 7.0, 8.0], "0.25": [7.0, 8.0, 9.0], "0.9": [14.0, 15.0, 16.0]]
            }
        }
        #expect(Set(found.map(\.code)) == [.unexpectedQuantile, .missingQuantile])
    }

    @Test func meanOutsideTheQuantilesIsAllowed() throws {
        #expect(try problems { editForecast(0, &$0) { $0["mean"] = [100.0, 0.0, 12.0] } }.isEmpty)
    }

    @Test func wrongTypesAreRejectedWithoutCrashing() throws {
        #expect(try problems { editForecast(0, &$0) { $0["mean"] = ["1", "2", "3"] } }.map(\.code) == [.wrongType])
        #expect(try problems { editForecast(0, &$0) { $0["mean"] = [true, false, true] } }.map(\.code) == [.wrongType])
        #expect(try problems { $0["forecasts"] = "none" }.map(\.code) == [.wrongType])
        #expect(
            try problems { editForecast(0, &$0) { $0["parameters"] = ["level": "high"] } }.map(\.code) == [.wrongType])
    }

    @Test func modelAndProtocolMismatchesAreRejected() throws {
        #expect(try problems { $0["protocolVersion"] = 2 }.map(\.code) == [.protocolVersionMismatch])
        let found = try problems { $0["model"] = ["id": "other", "version": "1", "description": "x"] }
        #expect(found.map(\.code) == [.modelMismatch])
    }

    @Test func garbagePartialAndEmptyOutputAreInvalidJSON() {
        for text in ["", "hello", "{\"protocolVersion\": 1, \"model\": {", "[1, 2]", "null"] {
            guard case let .failure(error) = validator.validate(Data(text.utf8), for: Examples.request) else {
                Issue.record("accepted \(text)")
                continue
            }
            #expect(error.problems.map(\.code) == [.invalidJSON])
        }
    }

    @Test func manyProblemsAreCappedAndCounted() throws {
        var request = Examples.request
        request.horizon = 300
        var object = Examples.responseObject()
        editForecast(0, &object) {
            $0["mean"] = [Double](repeating: -1, count: 300)
            $0["quantiles"] = [
                "0.1": [Double](repeating: 0, count: 300), "0.5": [Double](repeating: 0, count: 300),
                "0.9": [Double](repeating: 0, count: 300),
            ]
        }
        let result = validator.validate(try JSONSerialization.data(withJSONObject: object), for: request)
        guard case let .failure(error) = result else { Issue.record("accepted"); return }
        #expect(error.problems.count == ForecastResponseValidator.maximumProblems)
        #expect(error.omittedCount > 0)
        #expect(error.description.contains("ingen del av prognosen används"))
    }
}
