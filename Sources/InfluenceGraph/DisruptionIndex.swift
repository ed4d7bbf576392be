extension Digraph {
    /// The disruption index CD of every vertex with at least `minimumCitations` followers.
    ///
    /// For a focal vertex `f`, consider the later work that builds on `f` (its successors) or on
    /// any of `f`'s influencers (their successors, `f` excluded): `nᵢ` of it follows `f` alone,
    /// `nⱼ` follows `f` and at least one of its influencers, `nₖ` follows influencers of `f` but
    /// not `f`. Then `CD = (nᵢ − nⱼ) / (nᵢ + nⱼ + nₖ)`, from −1 (consolidating: followers keep
    /// citing what `f` built on) to 1 (disruptive: followers cite `f` instead).
    /// R. J. Funk and J. Owen-Smith, "A dynamic network measure of technological change",
    /// Management Science 63(3), 2017, doi:10.1287/mnsc.2015.2366; L. Wu, D. Wang and J. A. Evans,
    /// "Large teams develop and small teams disrupt science and technology", Nature 566, 2019,
    /// doi:10.1038/s41586-019-0941-9.
    /// - Parameters:
    ///   - minimumCitations: vertices with fewer distinct successors get `nil` (the index is
    ///     noisy on little evidence).
    ///   - times: optional time (e.g. year) of each vertex; when given, `nₖ` counts only work
    ///     not earlier than `f` (work before `f` could not have cited it). `Int32.min` marks an
    ///     unknown time, which never excludes anything.
    /// - Returns: CD by vertex, `nil` below the threshold.
    /// - Complexity: O(Σ_f Σ_{r ∈ influencers(f)} outdeg(r)) time, O(V) memory; heavily followed
    ///   influencers make it expensive on very large graphs.
    public func disruptionIndex(minimumCitations: Int = 1, times: [Int32]? = nil) -> [Double?] {
        let n = vertexCount
        if let times { precondition(times.count == n, "one time per vertex") }
        var follower = [Int32](repeating: -1, count: n)   // stamp: successor of f
        var counted = [Int32](repeating: -1, count: n)    // stamp: already classified for f
        var result = [Double?](repeating: nil, count: n)
        for f in 0..<n {
            let mark = Int32(f)
            var followers = 0
            for e in outOffsets[f]..<outOffsets[f + 1] {
                let c = Int(outTargets[e])
                if c != f && follower[c] != mark { follower[c] = mark; followers += 1 }
            }
            guard followers >= max(1, minimumCitations) else { continue }
            var nj = 0, nk = 0
            for i in inOffsets[f]..<inOffsets[f + 1] {
                let r = Int(inSources[i])
                if r == f { continue }
                for e in outOffsets[r]..<outOffsets[r + 1] {
                    let c = Int(outTargets[e])
                    if c == f || counted[c] == mark { continue }
                    if follower[c] == mark {
                        counted[c] = mark
                        nj += 1
                    } else if times == nil || times![c] >= times![f] || times![c] == .min || times![f] == .min {
                        counted[c] = mark
                        nk += 1
                    }
                }
            }
            let ni = followers - nj
            result[f] = Double(ni - nj) / Double(ni + nj + nk)
        }
        return result
    }
}
