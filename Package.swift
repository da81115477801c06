// swift-tools-version:6.0
import PackageDescription

/// Release builds of the render path skip Swift's dynamic exclusivity checks
/// (the engine's value model is single-threaded per render).
let releaseSpeed: [SwiftSetting] = [
    .swiftLanguageMode(.v5),
    .unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release)),
]

let package = Package(
    name: "helm-render",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "TemplateEngine", targets: ["TemplateEngine"]),
        .library(name: "ChartModel", targets: ["ChartModel"]),
        .executable(name: "render", targets: ["render"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-certificates", from: "1.21.1"),
        .package(url: "https://github.com/apple/swift-asn1", from: "1.1.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .systemLibrary(
            name: "COpenSSL",
            pkgConfig: "libcrypto",
            providers: [.apt(["libssl-dev"])]
        ),
        .systemLibrary(
            name: "CCrypt",
            pkgConfig: "libcrypt",
            providers: [.apt(["libcrypt-dev"])]
        ),
        .systemLibrary(name: "CSched"),
        .target(
            name: "TemplateEngine",
            dependencies: [
                "COpenSSL", "CCrypt",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
                .product(name: "X509", package: "swift-certificates"),
                .product(name: "SwiftASN1", package: "swift-asn1"),
            ],
            swiftSettings: releaseSpeed
        ),
        .target(
            name: "ChartModel",
            dependencies: [
                "TemplateEngine", "CLibYAML", "CZlib", "CSched",
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: releaseSpeed
        ),
        .executableTarget(
            name: "render",
            dependencies: [
                "ChartModel", "TemplateEngine",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: [.swiftLanguageMode(.v5)]
        ),
        .testTarget(
            name: "TemplateEngineTests",
            dependencies: ["TemplateEngine", "ChartModel"],
            swiftSettings: [.swiftLanguageMode(.v5)]
        ),
        .testTarget(
            name: "RenderTests",
            dependencies: ["render"],
            swiftSettings: [.swiftLanguageMode(.v5)]
        ),
        .testTarget(
            name: "ChartModelTests",
            dependencies: ["ChartModel", "TemplateEngine"],
            swiftSettings: [.swiftLanguageMode(.v5)]
        ),
    ]
)
