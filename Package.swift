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
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
    ],
    targets: [
        // libyaml's event parser (Debian: libyaml-dev). See Sources/LocatedYAML/README.md
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
        .executableTarget(
            name: "countdown",
            dependencies: [
                "PlanModel", "PlanLoading", "PlanLint", "LifeTables",
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
            name: "CountdownCLITests",
            dependencies: ["countdown"],
            resources: [.copy("Fixtures")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
