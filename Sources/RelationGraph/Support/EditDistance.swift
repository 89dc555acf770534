/// Levenshtein distance, for suggesting the known name nearest to a mistyped one.
enum EditDistance {
    /// Words longer than this (in Unicode scalars) get no suggestion: no plausible typo is that
    /// long, and the distance to each candidate would cost time in proportion to the length.
    static let maximumSuggestedLength = 64

    /// The largest distance still taken for a typo of `word`: 2, or a third of its length.
    static func limit(for word: String) -> Int { max(2, word.unicodeScalars.count / 3) }

    /// Number of single-character insertions, deletions and substitutions turning `a` into `b`.
    /// - Complexity: O(|a|·|b|) time, O(|b|) memory.
    static func between(_ a: String, _ b: String) -> Int {
        between(Array(a.unicodeScalars), Array(b.unicodeScalars), limit: Int.max) ?? Int.max
    }

    /// The distance between `a` and `b` when it is at most `limit`, else nil; stops as soon as
    /// every cell of a row exceeds the limit.
    /// - Complexity: O(|a|·|b|) time at worst, O(|b|) memory.
    static func between(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int? {
        if abs(a.count - b.count) > limit { return nil }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return nil }
            swap(&previous, &current)
        }
        return previous[b.count] <= limit ? previous[b.count] : nil
    }

    /// The candidate nearest to `word`, if it is close enough to be a plausible typo; ties go to
    /// the alphabetically first. For small candidate lists (kinds, columns); use
    /// ``SuggestionIndex`` for ids.
    static func nearest<S: Sequence>(to word: String, in candidates: S) -> String? where S.Element == String {
        let scalars = Array(word.unicodeScalars)
        guard scalars.count <= maximumSuggestedLength else { return nil }
        var best: (String, Int)?
        let limit = limit(for: word)
        for candidate in candidates {
            guard let d = between(scalars, Array(candidate.unicodeScalars), limit: best.map { min($0.1, limit) } ?? limit)
            else { continue }
            if best == nil || d < best!.1 || (d == best!.1 && candidate < best!.0) { best = (candidate, d) }
        }
        return best?.0
    }
}
