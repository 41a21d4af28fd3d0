// The second pass: series, horizon and numbers, on the decoded response.
extension ForecastResponseValidator {
    func checkValues(_ response: ForecastResponse, request: ForecastRequest, into problems: inout ProblemList) {
        if response.protocolVersion != request.protocolVersion {
            problems.add(
                .protocolVersionMismatch,
                message: "protocolVersion är \(response.protocolVersion), men frågan hade "
                    + "\(request.protocolVersion).")
        }
        if let expectedModelID, response.model.id != expectedModelID {
            problems.add(
                .modelMismatch,
                message: "model.id är \"\(response.model.id)\", men pluginens manifest har id \"\(expectedModelID)\".")
        }
        let requested = Set(request.series.map(\.id))
        var seen: [String: Int] = [:]
        for forecast in response.forecasts {
            seen[forecast.id, default: 0] += 1
            guard requested.contains(forecast.id) else {
                problems.add(
                    .unexpectedSeries, seriesID: forecast.id,
                    message: "Serie \"\(forecast.id)\" finns i svaret men efterfrågades inte.")
                continue
            }
            if seen[forecast.id] == 2 {
                problems.add(
                    .duplicateSeries, seriesID: forecast.id,
                    message: "Serie \"\(forecast.id)\" förekommer mer än en gång i svaret.")
            }
            checkForecast(forecast, request: request, into: &problems)
        }
        for series in request.series where seen[series.id] == nil {
            problems.add(
                .missingSeries, seriesID: series.id, message: "Serie \"\(series.id)\" saknas i svaret.")
        }
    }

    private func checkForecast(_ forecast: SeriesForecast, request: ForecastRequest, into problems: inout ProblemList) {
        let id = forecast.id
        checkPath(forecast.mean, name: "medelvärdet (mean)", seriesID: id, horizon: request.horizon, into: &problems)

        var paths: [(level: Double, values: [Double])] = []
        for (key, values) in forecast.quantiles.sorted(by: { $0.key < $1.key }) {
            guard let level = QuantileKey.level(of: key),
                let requestedLevel = request.quantiles.first(where: { abs($0 - level) < 1e-9 })
            else {
                let levels = request.quantiles.map(QuantileKey.key(for:)).joined(separator: ", ")
                problems.add(
                    .unexpectedQuantile, seriesID: id,
                    message: "Serie \"\(id)\": kvantilnyckeln \"\(key)\" efterfrågades inte "
                        + "(efterfrågade: \(levels)).")
                continue
            }
            if paths.contains(where: { $0.level == requestedLevel }) {
                problems.add(
                    .unexpectedQuantile, seriesID: id,
                    message: "Serie \"\(id)\": kvantil \(QuantileKey.key(for: level)) förekommer mer än en gång.")
                continue
            }
            let valid = checkPath(
                values, name: "kvantil \(key)", seriesID: id, horizon: request.horizon, into: &problems)
            if valid { paths.append((requestedLevel, values)) }
        }
        for level in request.quantiles where forecast.quantile(level) == nil {
            problems.add(
                .missingQuantile, seriesID: id,
                message: "Serie \"\(id)\": kvantil \(QuantileKey.key(for: level)) saknas.")
        }
        checkOrder(paths.sorted { $0.level < $1.level }, seriesID: id, into: &problems)

        for (name, value) in (forecast.parameters ?? [:]).sorted(by: { $0.key < $1.key }) where !value.isFinite {
            problems.add(
                .invalidNumber, seriesID: id,
                message: "Serie \"\(id)\": parametern \"\(name)\" är \(value); parametrar måste vara ändliga tal.")
        }
    }

    /// Checks length and numbers of one path; returns whether it is usable for the ordering check.
    @discardableResult
    private func checkPath(
        _ values: [Double], name: String, seriesID: String, horizon: Int, into problems: inout ProblemList
    ) -> Bool {
        guard values.count == horizon else {
            problems.add(
                .wrongHorizon, seriesID: seriesID,
                message: "Serie \"\(seriesID)\": \(name) har \(values.count) värden, men horisonten är \(horizon).")
            return false
        }
        var valid = true
        for (index, value) in values.enumerated() where !(value.isFinite && value >= 0) {
            valid = false
            problems.add(
                .invalidNumber, seriesID: seriesID, period: index + 1,
                message: "Serie \"\(seriesID)\", period \(index + 1): \(name) är \(value); "
                    + "värdena måste vara ändliga tal ≥ 0.")
        }
        return valid
    }

    private func checkOrder(
        _ paths: [(level: Double, values: [Double])], seriesID: String, into problems: inout ProblemList
    ) {
        for (lower, upper) in zip(paths, paths.dropFirst()) {
            for period in lower.values.indices where lower.values[period] > upper.values[period] {
                problems.add(
                    .unorderedQuantiles, seriesID: seriesID, period: period + 1,
                    message:
                        "Serie \"\(seriesID)\", period \(period + 1): kvantil \(QuantileKey.key(for: lower.level)) "
                        + "(\(lower.values[period])) är större än kvantil \(QuantileKey.key(for: upper.level)) "
                        + "(\(upper.values[period])); kvantilerna får inte minska när nivån ökar.")
            }
        }
    }
}
