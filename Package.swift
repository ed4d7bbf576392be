// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "influence",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "influence", targets: ["influence"]),
        .library(name: "InfluenceGraph", targets: ["InfluenceGraph"]),
        .library(name: "InfluenceCorpus", targets: ["InfluenceCorpus"]),
        .library(name: "InfluenceMining", targets: ["InfluenceMining"]),
        .library(name: "Graphviz", targets: ["Graphviz"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // Graph storage and algorithms: standard library only.
        .target(name: "InfluenceGraph"),
        // Corpus readers: .txt pages, .jsonl, .tsv/.csv edge lists, metadata; typed errors and diagnostics.
        .target(name: "InfluenceCorpus", dependencies: ["InfluenceGraph", "Yams"]),
        // Sentence splitting, entity resolution and relation mining over a corpus.
        .target(name: "InfluenceMining", dependencies: ["InfluenceCorpus", "InfluenceGraph"]),
        // Graphviz's C libraries (Debian: libgraphviz-dev).
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        // The only module that touches C: a safe Swift API over cgraph and gvc.
        .target(name: "Graphviz", dependencies: ["CGraphviz"]),
        // Styling an influence graph into a Graphviz drawing description (pure Swift).
        .target(name: "InfluenceDrawing", dependencies: ["InfluenceGraph", "Graphviz"]),
        .executableTarget(
            name: "influence",
            dependencies: [
                "InfluenceGraph", "InfluenceCorpus", "InfluenceMining", "Graphviz", "InfluenceDrawing",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Release-mode benchmark of the graph phases on an edge-list file (Benchmarks/run.sh).
        .executableTarget(name: "influence-bench", dependencies: ["InfluenceGraph", "InfluenceCorpus", "InfluenceMining"], path: "Benchmarks/InfluenceBench"),
        .testTarget(name: "InfluenceGraphTests", dependencies: ["InfluenceGraph"], resources: [.copy("Fixtures")]),
        .testTarget(name: "InfluenceCorpusTests", dependencies: ["InfluenceCorpus", "InfluenceGraph"], resources: [.copy("Fixtures")]),
        .testTarget(name: "InfluenceMiningTests", dependencies: ["InfluenceMining", "InfluenceCorpus", "InfluenceGraph"], resources: [.copy("Fixtures")]),
        .testTarget(name: "GraphvizTests", dependencies: ["Graphviz"], resources: [.copy("Fixtures")]),
        .testTarget(name: "InfluenceDrawingTests", dependencies: ["InfluenceDrawing", "InfluenceGraph", "Graphviz"], resources: [.copy("Fixtures")]),
        // The golden DOT is read from the source tree (and rewritten there with INFLUENCE_UPDATE_GOLDEN=1).
        .testTarget(name: "CLITests", dependencies: ["influence"], exclude: ["Golden"]),
    ]
)
