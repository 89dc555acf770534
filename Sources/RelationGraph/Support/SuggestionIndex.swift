/// Finds the known word nearest to a mistyped one without comparing it to every known word, so
/// that validating a folder with many unknown ids stays near-linear.
///
/// Known words are indexed by their character trigrams (with the ends marked, so short words
/// have some). A query looks at the ``maximumCandidates`` words sharing the most trigrams with
/// it (and of a length within the typo limit), and measures the edit distance to those only,
/// stopping early past the limit. Words longer than ``EditDistance/maximumSuggestedLength`` get
/// no suggestion. The answer is the one ``EditDistance/nearest(to:in:)`` gives whenever the
/// nearest word is among the candidates, which a typo of a few characters always is unless many
/// known words share its trigrams.
struct SuggestionIndex {
    /// How many of the words sharing the most trigrams with a query are measured.
    static let maximumCandidates = 32

    let words: [String]
    let scalars: [[Unicode.Scalar]]
    /// Word numbers by trigram, in ascending order.
    let postings: [String: [Int32]]
    /// Words too short to share a trigram with a typo: measured directly.
    let shortWords: [Int]
    /// Answers already given, since an unknown id is usually misspelt the same way many times.
    private var answers: [String: String?] = [:]

    init<S: Sequence>(_ known: S) where S.Element == String {
        let words = Array(Set(known)).sorted()
        self.words = words
        scalars = words.map { Array($0.unicodeScalars) }
        var postings: [String: [Int32]] = [:]
        var short: [Int] = []
        for (number, word) in scalars.enumerated() {
            if word.count <= 3 { short.append(number) }
            for gram in Set(Self.trigrams(word)) { postings[gram, default: []].append(Int32(number)) }
        }
        self.postings = postings
        shortWords = short
    }

    /// The trigrams of `word` with `\u{2}` and `\u{3}` marking its start and end.
    static func trigrams(_ word: [Unicode.Scalar]) -> [String] {
        let padded: [Unicode.Scalar] = ["\u{2}"] + word + ["\u{3}"]
        guard padded.count >= 3 else { return [] }
        return (0...(padded.count - 3)).map { String(String.UnicodeScalarView(padded[$0..<($0 + 3)])) }
    }

    /// The known word nearest to `word` within ``EditDistance/limit(for:)``, or nil.
    /// - Complexity: O(P + C·L²) where P is the length of the posting lists of `word`'s trigrams,
    ///   C ≤ ``maximumCandidates`` and L ≤ ``EditDistance/maximumSuggestedLength``.
    mutating func nearest(to word: String) -> String? {
        if let known = answers[word] { return known }
        let answer = search(word)
        answers[word] = answer
        return answer
    }

    private func search(_ word: String) -> String? {
        let query = Array(word.unicodeScalars)
        guard !query.isEmpty, query.count <= EditDistance.maximumSuggestedLength else { return nil }
        let limit = EditDistance.limit(for: word)
        var shared: [Int32: Int] = [:]
        for gram in Set(Self.trigrams(query)) {
            for number in postings[gram] ?? [] where abs(scalars[Int(number)].count - query.count) <= limit {
                shared[number, default: 0] += 1
            }
        }
        let ranked = shared.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        let candidates = ranked.prefix(Self.maximumCandidates).map { Int($0.key) } + shortWords
        var best: (number: Int, distance: Int)?
        for number in candidates {
            let bound = best.map { $0.distance } ?? limit
            guard let d = EditDistance.between(query, scalars[number], limit: bound) else { continue }
            if best == nil || d < best!.distance || (d == best!.distance && number < best!.number) { best = (number, d) }
        }
        return best.map { words[$0.number] }
    }
}
