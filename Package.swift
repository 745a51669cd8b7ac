// swift-tools-version:6.1
import PackageDescription

// Data flows one way: files → model → checks → store → status → reports.
// Each stage is its own module, so this list reads like the flow.
let package = Package(
    name: "countdown",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "countdown", targets: ["countdown"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // libyaml's event parser (Debian: libyaml-dev). README.md ("How it is built") says
        // for why countdown composes its own located tree from libyaml events.
        .systemLibrary(
            name: "CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        .target(name: "PlanModel"),
        .target(name: "LocatedYAML", dependencies: ["CLibYAML"]),
        .target(name: "PlanLoading", dependencies: ["PlanModel", "LocatedYAML"]),
        .target(name: "PlanLint", dependencies: ["PlanModel", "PlanLoading"]),
        .target(name: "LifeTables"),
        // Plans' modelled life-expectancy contributions, and the life-table and gap outputs.
        .target(name: "Modelling", dependencies: ["PlanModel", "PlanLoading", "LifeTables"]),
        // Pure judgement at an as-of date (expected values, RAG, forecasts, slips): no I/O.
        .target(name: "Progress", dependencies: ["PlanModel"]),
        // The SQLite store (GRDB on the system's libsqlite3): revisions, actuals, import and export.
        .target(
            name: "Tracking",
            dependencies: ["PlanModel", "Progress", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .executableTarget(
            name: "countdown",
            dependencies: [
                "PlanModel", "PlanLoading", "PlanLint", "LifeTables", "Progress", "Tracking", "Modelling",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "LocatedYAMLTests", dependencies: ["LocatedYAML"]),
        .testTarget(
            name: "PlanLoadingTests",
            dependencies: ["PlanLoading", "PlanModel"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "PlanLintTests",
            dependencies: ["PlanLint", "PlanLoading", "PlanModel"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "LifeTablesTests", dependencies: ["LifeTables"]),
        .testTarget(
            name: "ModellingTests",
            dependencies: ["Modelling", "LifeTables", "PlanLint", "PlanLoading", "PlanModel"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "LifeExpectancyCLITests", dependencies: ["countdown"], resources: [.copy("Fixtures")]),
        .testTarget(name: "ProgressTests", dependencies: ["Progress", "PlanModel"]),
        .testTarget(
            name: "TrackingTests",
            dependencies: ["Tracking", "Progress", "PlanModel", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(
            name: "CountdownCLITests",
            dependencies: ["countdown", "Tracking"],
            exclude: ["Snapshots"],
            resources: [.copy("Fixtures")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
