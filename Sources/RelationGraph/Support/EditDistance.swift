/// Levenshtein distance, for suggesting the known name nearest to a mistyped one.
enum EditDistance {
    /// Number of single-character insertions, deletions and substitutions turning `a` into `b`.
    /// - Complexity: O(|a|·|b|) time, O(|b|) memory.
    static func between(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// The candidate nearest to `word`, if it is close enough to be a plausible typo.
    static func nearest<S: Sequence>(to word: String, in candidates: S) -> String? where S.Element == String {
        var best: (String, Int)?
        for candidate in candidates {
            let d = between(word, candidate)
            if best == nil || d < best!.1 || (d == best!.1 && candidate < best!.0) { best = (candidate, d) }
        }
        guard let best else { return nil }
        let limit = max(2, word.count / 3)
        return best.1 <= limit ? best.0 : nil
    }
}
