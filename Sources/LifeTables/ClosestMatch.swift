/// The candidate whose name is within a small edit distance of `text`, for
/// "did you mean" hints in messages. Ties go to the earlier candidate so that
/// hints are the same on every run.
func closestMatch<Candidate>(
    to text: String, among candidates: [Candidate], name: (Candidate) -> String
) -> Candidate? {
    let maximumDistance = max(2, min(3, text.count / 3))
    var best: (candidate: Candidate, distance: Int)?
    for candidate in candidates {
        let distance = editDistance(text, name(candidate))
        if distance <= maximumDistance, distance < (best?.distance ?? Int.max) {
            best = (candidate, distance)
        }
    }
    return best?.candidate
}

/// Levenshtein distance between two strings, counted in characters.
func editDistance(_ first: String, _ second: String) -> Int {
    let a = Array(first)
    let b = Array(second)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
        current[0] = i
        for j in 1...b.count {
            let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
            current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
        }
        swap(&previous, &current)
    }
    return previous[b.count]
}
