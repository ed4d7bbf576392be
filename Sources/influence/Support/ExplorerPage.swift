import Graphviz

/// The interactive explorer page (`render --format html`).
enum ExplorerPage {
    static func html(workspace: Workspace, analysis: Analysis, view: RenderView, engine: Render.Engine?, timeout: Double) throws -> String {
        throw CLIError("--format html is not available in this build")
    }
}
