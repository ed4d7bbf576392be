import Synchronization
import Testing
@testable import InfluenceGraph

/// Long computations report how far they are, from one thread, in order, ending at 1.
@Suite struct ProgressTests {
    /// A DAG of `n` vertices where each vertex cites the three before it.
    func chainGraph(_ n: Int) -> Digraph {
        var sources: [Int32] = [], targets: [Int32] = []
        for v in 1..<n {
            for d in 1...min(3, v) {
                sources.append(Int32(v - d))
                targets.append(Int32(v))
            }
        }
        return Digraph(vertexCount: n, sources: sources, targets: targets)
    }

    func recorded(_ body: (@escaping ProgressHandler) -> Void) -> [Double] {
        let seen = Mutex<[Double]>([])
        body { fraction in seen.withLock { $0.append(fraction) } }
        return seen.withLock { $0 }
    }

    func expectMonotoneToOne(_ fractions: [Double]) {
        #expect(!fractions.isEmpty)
        #expect(zip(fractions, fractions.dropFirst()).allSatisfy { $0 <= $1 }, "\(fractions.prefix(20))")
        #expect(fractions.allSatisfy { $0 > 0 && $0 <= 1 })
        #expect(fractions.last == 1)
    }

    @Test func betweennessReportsItsSources() {
        let g = chainGraph(400)
        let plain = g.betweenness(pivots: 64)
        var withProgress: [Double] = []
        let fractions = recorded { handler in withProgress = g.betweenness(pivots: 64, progress: handler) }
        expectMonotoneToOne(fractions)
        #expect(withProgress == plain, "reporting changes nothing")
    }

    @Test func reachReportsBatchesAndSlices() {
        let g = chainGraph(3000)
        expectMonotoneToOne(recorded { _ = g.reachCounts(method: .exact, memoryLimit: 1 << 12, progress: $0) })
        expectMonotoneToOne(recorded { _ = g.reachCounts(method: .estimate(), memoryLimit: 1 << 14, progress: $0) })
    }
}
