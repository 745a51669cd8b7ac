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
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        // libyaml's event parser (Debian: libyaml-dev). README.md ("How it is built") says
        // for why countdown composes its own located tree from libyaml events.
        .systemLibrary(
            name: "CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        // Pure helpers several stages share (number text, CSV, closest match, terminal styles, parallel map).
        .target(name: "Common"),
        // What touches the machine, for every stage: git runs, file reading and atomic writing, SHA-256.
        .target(name: "SystemIO", dependencies: ["Common", .product(name: "Crypto", package: "swift-crypto")]),
        .target(name: "PlanModel", dependencies: ["Common"]),
        .target(name: "LocatedYAML", dependencies: ["CLibYAML"]),
        .target(name: "PlanLoading", dependencies: ["PlanModel", "LocatedYAML", "Common", "SystemIO"]),
        .target(name: "PlanLint", dependencies: ["PlanModel", "PlanLoading", "Common", "StableJSON"]),
        .target(name: "LifeTables", dependencies: ["PlanModel", "Common"]),
        // Plans' modelled life-expectancy contributions, and the life-table and gap outputs.
        .target(name: "Modelling", dependencies: ["PlanModel", "LifeTables", "Common", "StableJSON"]),
        // Pure judgement at an as-of date (expected values, RAG, forecasts, slips): no I/O.
        .target(name: "Progress", dependencies: ["PlanModel", "Common"]),
        // The change model: what changed between two versions of the plans, with a severity for review
        // (countdown diff, the reports' "changes since the last report", slips). Pure: no I/O.
        .target(name: "PlanChanges", dependencies: ["PlanModel", "Progress", "Common", "StableJSON"]),
        // JSON text in the exact bytes of Foundation's sorted, pretty-printed encoder. Its buffers are
        // class properties whose exclusivity checks are costly (BENCHMARKS.md): debug builds (and so the
        // tests) keep the checks, release builds leave them out.
        .target(
            name: "StableJSON",
            swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]
        ),
        // The SQLite store (GRDB on the system's libsqlite3): revisions, actuals, import and export.
        .target(
            name: "Tracking",
            dependencies: [
                "PlanModel", "Progress", "StableJSON", .product(name: "GRDB", package: "GRDB.swift"),
                // SQLite's C API, for import's raw binds (ActualWriter) and the status's reads (evidence).
                .product(name: "GRDBSQLite", package: "GRDB.swift"), "Common", "SystemIO",
            ]
        ),
        // Board packs: one report model, rendered as Markdown, CSV, HTML (with SVG charts) and JSON;
        // the status and history renderers.
        .target(
            name: "Reporting",
            dependencies: [
                "PlanModel", "Progress", "Tracking", "PlanChanges", "StableJSON", "Common", "SystemIO",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        // The use cases every front end calls (lint, sync, record, import, status, report, diff…):
        // a request in, a result out; reads files and the store, never prints.
        .target(
            name: "Workbench",
            dependencies: [
                "PlanModel", "PlanLoading", "PlanLint", "LifeTables", "Modelling", "Progress", "Tracking",
                "PlanChanges", "Reporting", "Common", "SystemIO",
            ]
        ),
        // The command line: argument parsing, one Workbench call, rendering, the exit code.
        .executableTarget(
            name: "countdown",
            dependencies: [
                "PlanModel", "PlanLoading", "PlanLint", "LifeTables", "Progress", "Tracking", "Modelling",
                "PlanChanges", "Reporting", "Workbench", "Common", "SystemIO", "StableJSON",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // libFuzzer target for the loader (scripts/fuzz.sh builds it with -sanitize=fuzzer); a plain
        // build is a replay tool that runs saved inputs through the same checks.
        .executableTarget(
            name: "FuzzLoader",
            dependencies: ["PlanLoading", "PlanModel", "PlanLint", "Progress", "Tracking", "Reporting", "SystemIO"]
        ),
        // What the test targets share: one process runner, temporary folders and scripted git
        // repositories, the tool requirements that skip a test visibly, SplitMix64, snapshots.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "LocatedYAMLTests", dependencies: ["LocatedYAML"]),
        .testTarget(name: "StableJSONTests", dependencies: ["StableJSON", "TestSupport"]),
        .testTarget(
            name: "PlanLoadingTests",
            dependencies: ["PlanLoading", "PlanModel", "TestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "PlanLintTests",
            dependencies: ["PlanLint", "PlanLoading", "PlanModel", "Common", "TestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "LifeTablesTests", dependencies: ["LifeTables", "PlanModel", "TestSupport"]),
        .testTarget(
            name: "ModellingTests",
            dependencies: [
                "Modelling", "LifeTables", "PlanLint", "PlanLoading", "PlanModel", "Common", "Workbench",
                "TestSupport",
            ],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "LifeExpectancyCLITests", dependencies: ["countdown", "TestSupport"], resources: [.copy("Fixtures")]),
        // The status renderers (in Reporting) are tested here, beside the builders of status reports.
        .testTarget(name: "ProgressTests", dependencies: ["Progress", "PlanModel", "Common", "Reporting"]),
        .testTarget(
            name: "PlanChangesTests",
            dependencies: ["PlanChanges", "PlanLoading", "PlanModel", "Progress", "Tracking", "TestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "DiffCLITests", dependencies: ["countdown", "TestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(
            name: "TrackingTests",
            dependencies: [
                "Tracking", "Progress", "PlanModel", "Common", "SystemIO", "TestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        // Broken and hostile input (a corpus with a manifest), property tests, limits.
        .testTarget(
            name: "HostileInputTests",
            dependencies: [
                "countdown", "PlanLoading", "PlanLint", "PlanModel", "LocatedYAML", "Progress", "Tracking", "Common",
                "SystemIO", "TestSupport", .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            exclude: ["Corpus"]
        ),
        .testTarget(
            name: "ReportingTests",
            dependencies: [
                "Reporting", "PlanChanges", "PlanLoading", "PlanModel", "Progress", "Tracking", "Workbench",
                "SystemIO", "TestSupport",
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            exclude: ["Snapshots"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "WorkbenchTests",
            dependencies: ["Workbench", "Reporting", "Tracking", "PlanModel", "TestSupport"]
        ),
        .testTarget(
            name: "CountdownCLITests",
            dependencies: ["countdown", "Tracking", "TestSupport"],
            exclude: ["Snapshots"],
            resources: [.copy("Fixtures")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
