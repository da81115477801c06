import Foundation

/// A ratchet file: ids of cases known to fail, one per line (`#` comments).
/// A listed case that passes, or an unlisted case that fails, fails its test,
/// so the list can only shrink.
struct KnownFailures {
    let ids: Set<String>

    init(_ relativePath: String) {
        let url = RenderProcess.repoRoot.appendingPathComponent(relativePath)
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        ids = Set(text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") })
    }

    func contains(_ id: String) -> Bool { ids.contains(id) }
}
