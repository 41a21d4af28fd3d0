// swift-tools-version:6.1
// Balans: production and capacity steering (PKS) for Swedish healthcare regions.
//
// Layers (a target may import only targets of a lower layer; `.ci/check-layers` enforces it):
//   4 executable   balans
//   3 application  RegionNode, Hub
//   2 adapters     NodeStore, HubStore, HubClient, Spreadsheet, PluginHost, ServerSupport
//   1 contracts    FeedFormats, SyntheticData, Forecasting, ForecastPlugin, Credentials, WebUI, WireProtocol, SyncEngine
//   0 domain       PlanningDomain                        (stdlib only)
import PackageDescription

let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "Balans",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "balans", targets: ["balans"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.2"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.0"),
    ],
    targets: [
        // Layer 0: domain.
        .target(name: "PlanningDomain", exclude: ["Disclosure/README.md"], swiftSettings: strictSettings),

        // Layer 1: pure contracts and algorithms.
        .target(name: "FeedFormats", dependencies: ["PlanningDomain"], swiftSettings: strictSettings),
        .target(name: "SyntheticData", dependencies: ["PlanningDomain"], swiftSettings: strictSettings),
        .target(name: "Forecasting", dependencies: ["PlanningDomain"], swiftSettings: strictSettings),
        .target(name: "ForecastPlugin", swiftSettings: strictSettings),
        .target(name: "WebUI", dependencies: ["PlanningDomain"], swiftSettings: strictSettings),
        .target(
            name: "WireProtocol",
            dependencies: ["PlanningDomain", .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: strictSettings),
        .target(name: "SyncEngine", dependencies: ["WireProtocol", "PlanningDomain"], swiftSettings: strictSettings),
        .target(
            name: "Credentials",
            dependencies: [
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "CryptoExtras", package: "swift-crypto"),
            ],
            swiftSettings: strictSettings),

        // Layer 2: adapters.
        .target(
            name: "NodeStore",
            dependencies: [
                "PlanningDomain", "Forecasting", "Credentials", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                "WireProtocol", "SyncEngine",
            ],
            swiftSettings: strictSettings
        ),
        .target(
            name: "Spreadsheet",
            dependencies: ["PlanningDomain", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            swiftSettings: strictSettings
        ),

        .target(
            name: "PluginHost", dependencies: ["ForecastPlugin", "Forecasting", "PlanningDomain"],
            swiftSettings: strictSettings),

        .target(
            name: "ServerSupport",
            dependencies: [
                .product(name: "Hummingbird", package: "hummingbird"), .product(name: "Logging", package: "swift-log"),
                .product(name: "HummingbirdTLS", package: "hummingbird"),
                .product(name: "Prometheus", package: "swift-prometheus"), .product(name: "Yams", package: "Yams"),
                .product(name: "GRDB", package: "GRDB.swift"), .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ],
            swiftSettings: strictSettings),

        .target(
            name: "HubStore",
            dependencies: [
                "PlanningDomain", "Credentials", .product(name: "GRDB", package: "GRDB.swift"),
                "WireProtocol", "SyncEngine",
            ],
            swiftSettings: strictSettings
        ),
        .target(
            name: "HubClient",
            dependencies: [
                "WireProtocol", "SyncEngine", "Credentials",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ],
            swiftSettings: strictSettings
        ),

        // Layer 3: application.
        .target(
            name: "Hub",
            dependencies: [
                "PlanningDomain", "HubStore", "ServerSupport", "Credentials", "WebUI",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                "WireProtocol", "SyncEngine",
            ],
            swiftSettings: strictSettings
        ),
        .target(
            name: "RegionNode",
            dependencies: [
                "PlanningDomain", "FeedFormats", "SyntheticData", "Forecasting", "NodeStore", "Spreadsheet",
                "ServerSupport", "Credentials", "WebUI", .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                "WireProtocol", "SyncEngine", "HubClient",
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: strictSettings
        ),

        // Layer 4: the one executable.
        .executableTarget(
            name: "balans",
            dependencies: [
                "PlanningDomain", "RegionNode", "NodeStore", "Forecasting", "ForecastPlugin", "PluginHost", "Hub",
                "HubStore", "ServerSupport", "Credentials",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"), .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                "WireProtocol", "SyncEngine", "HubClient",
            ],
            swiftSettings: strictSettings
        ),

        .testTarget(name: "PlanningDomainTests", dependencies: ["PlanningDomain"], swiftSettings: strictSettings),
        .testTarget(
            name: "ForecastingTests", dependencies: ["Forecasting", "PlanningDomain"], swiftSettings: strictSettings),
        .testTarget(
            name: "ForecastPluginTests", dependencies: ["ForecastPlugin"], exclude: ["Fixtures"],
            swiftSettings: strictSettings),
        .testTarget(
            name: "PluginHostTests", dependencies: ["PluginHost", "ForecastPlugin", "Forecasting", "PlanningDomain"],
            exclude: ["Fixtures"], swiftSettings: strictSettings),
        .testTarget(
            name: "FeedFormatsTests", dependencies: ["FeedFormats", "PlanningDomain"], swiftSettings: strictSettings),
        .testTarget(
            name: "SyntheticDataTests", dependencies: ["SyntheticData", "PlanningDomain"],
            swiftSettings: strictSettings),
        .testTarget(
            name: "SpreadsheetTests", dependencies: ["Spreadsheet"],
            resources: [.copy("Fixtures")], swiftSettings: strictSettings),
        .testTarget(
            name: "NodeStoreTests",
            dependencies: [
                "NodeStore", "PlanningDomain", "Forecasting", .product(name: "GRDB", package: "GRDB.swift"),
                "WireProtocol", "SyncEngine",
            ],
            swiftSettings: strictSettings),
        .testTarget(
            name: "RegionNodeTests",
            dependencies: [
                "RegionNode", "NodeStore", "PlanningDomain", "FeedFormats", "SyntheticData", "Spreadsheet",
                "Forecasting", "Credentials", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                "WireProtocol", "SyncEngine", "HubClient",
            ],
            resources: [.copy("Fixtures")], swiftSettings: strictSettings),
        .testTarget(name: "WebUITests", dependencies: ["WebUI", "PlanningDomain"], swiftSettings: strictSettings),
        .testTarget(
            name: "WireProtocolTests", dependencies: ["WireProtocol", "PlanningDomain"], exclude: ["Fixtures"],
            swiftSettings: strictSettings),
        .testTarget(
            name: "SyncEngineTests", dependencies: ["SyncEngine", "WireProtocol", "PlanningDomain"],
            swiftSettings: strictSettings),
        .testTarget(
            name: "HubTests",
            dependencies: [
                "Hub", "HubStore", "ServerSupport", "Credentials", "PlanningDomain",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                "WireProtocol", "SyncEngine", "HubClient", .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings),
        .testTarget(
            name: "EndToEndTests",
            dependencies: [
                "balans", "HubStore", "NodeStore", "PlanningDomain", "WireProtocol",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: strictSettings),
        .testTarget(
            name: "ServerSupportTests",
            dependencies: [
                "ServerSupport", .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings),
    ]
)
