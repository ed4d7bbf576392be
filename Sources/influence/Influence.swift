import ArgumentParser

@main
struct Influence: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "influence",
        abstract: "Mine, analyze and draw citation and influence graphs.",
        discussion: """
        influence reads papers described in prose (a .txt page or .jsonl), or a citation list \
        (.tsv/.csv), or a Graphviz graph (.gv/.dot), and answers where an idea came from and \
        which papers mattered most. Without --corpus, the corpus shipped in Graphs/ is used.

        Edges point the way influence flows: from the earlier, influencing work to the later one.

        Examples:
          influence rank --top 10
          influence lineage InstructGPT
          influence impact "the transformer" --depth 2
          influence path Transformer LoRA
          influence render -o graph.svg --focus LoRA
          influence rank --corpus citations.tsv --by pagerank --format json
          influence rank --corpus papers.jsonl --corpus citations.tsv   (texts joined to citations by id)
        """,
        version: "influence 0.4.0",
        subcommands: [
            Render.self, Lineage.self, Impact.self, Path.self, Rank.self, Order.self,
            MainPathCommand.self, Edges.self, Export.self, Check.self,
        ]
    )
}
