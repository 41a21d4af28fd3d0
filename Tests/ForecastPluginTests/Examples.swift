import ForecastPlugin

/// Small requests and responses shared by the tests.
enum Examples {
    /// Two weekly series, horizon 3, quantiles 0.1/0.5/0.9.
    static let request = ForecastRequest(
        command: .forecast, horizon: 3, quantiles: [0.1, 0.5, 0.9], frequency: .weekly,
        series: [
            SeriesInput(
                id: "ortopedi", start: "2023-W51", values: [12, 3, 9],
                calendar: CalendarCovariates(
                    workingDays: [5, 3, 3, 5, 5, 5],
                    lowProduction: ["christmasAndNewYear", "christmasAndNewYear", "christmasAndNewYear", nil, nil, nil])
            ),
            SeriesInput(
                id: "kirurgi", start: "2023-W51", values: [0, 0.5, 2],
                calendar: CalendarCovariates(
                    workingDays: [5, 3, 3, 5, 5, 5],
                    lowProduction: ["christmasAndNewYear", "christmasAndNewYear", "christmasAndNewYear", nil, nil, nil])
            ),
        ])

    /// A valid response to ``request`` as a JSON object tree that tests can break.
    static func responseObject() -> [String: Any] {
        [
            "protocolVersion": 1,
            "model": ["id": "example", "version": "1.0.0", "description": "test"],
            "forecasts": [
                [
                    "id": "ortopedi", "mean": [10.0, 11.0, 12.0],
                    "quantiles": ["0.1": [6.0, 7.0, 8.0], "0.5": [10.0, 11.0, 12.0], "0.9": [14.0, 15.0, 16.0]],
                    "parameters": ["level": 11.0],
                ],
                [
                    "id": "kirurgi", "mean": [1.0, 1.0, 1.0],
                    "quantiles": ["0.1": [0.0, 0.0, 0.0], "0.5": [1.0, 1.0, 1.0], "0.9": [3.0, 3.0, 3.0]],
                ],
            ],
        ]
    }
}
