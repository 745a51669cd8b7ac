/// "Did you mean …?": the closest candidate to a misspelt word, and the
/// one wording of the hint in every message.
public enum Suggestion {
    /// The candidate nearest to `word`, if it is near enough to be a likely
    /// typo: case, `_` versus `-` and a few edits (two for short words, up to
    /// three for long ones) are forgiven. Ties go to the earlier candidate,
    /// so hints are the same on every run.
    public static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
        closest(to: word, among: candidates) { $0 }
    }

    /// The candidate whose name is nearest to `word`, as `closest(to:in:)`.
    public static func closest<Candidate>(
        to word: String, among candidates: some Sequence<Candidate>, name: (Candidate) -> String
    ) -> Candidate? {
        let target = normalised(word)
        let allowed = max(2, min(3, target.count / 3))
        var best: (candidate: Candidate, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(target, normalised(name(candidate)))
            if distance <= allowed, distance < (best?.distance ?? Int.max) { best = (candidate, distance) }
        }
        return best?.candidate
    }

    /// "did you mean 'x'?" (or "Did you mean x?" to open a sentence, or
    /// unquoted where the choices are plain words).
    public static func phrase(_ candidate: String, quoted: Bool = true, sentence: Bool = false) -> String {
        (sentence ? "Did" : "did") + " you mean " + (quoted ? "'\(candidate)'" : candidate) + "?"
    }

    /// " (did you mean 'x'?)" after a message, or "" when nothing is close.
    public static func hint(_ candidate: String?, quoted: Bool = true) -> String {
        candidate.map { " (" + phrase($0, quoted: quoted) + ")" } ?? ""
    }

    private static func normalised(_ word: String) -> [Character] {
        Array(word.lowercased().map { $0 == "_" ? "-" : $0 })
    }

    /// Optimal string alignment distance (Levenshtein plus transpositions).
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previousPrevious[j - 2] + 1)
                }
            }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[b.count]
    }
}
