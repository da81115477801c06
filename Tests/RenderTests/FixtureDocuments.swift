import Foundation

/// The documents of a `helm template` output keyed by `Kind/metadata.name`,
/// read from each document's top-level `kind:` line and the `  name:` line
/// directly under `metadata:` (the same reading as scripts/gen-fixture-goldens.py).
enum FixtureDocuments {
    static let separator = "\n---\n"

    /// `Kind/name` of each document in order (documents without a kind are skipped).
    static func identities(_ output: String) -> [String] {
        output.components(separatedBy: separator).compactMap(identity)
    }

    /// Document text by identity; a later document with the same identity wins.
    static func byIdentity(_ output: String) -> [String: String] {
        var docs: [String: String] = [:]
        for doc in output.components(separatedBy: separator) {
            guard let ident = identity(of: doc) else { continue }
            docs[ident] = doc.trimmingCharacters(in: .newlines)
        }
        return docs
    }

    static func identity(of document: String) -> String? {
        var kind = ""
        var name = ""
        var inMetadata = false
        for line in document.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("kind:") {
                kind = unquote(line.dropFirst("kind:".count))
            } else if line.hasPrefix("metadata:") {
                inMetadata = true
            } else if inMetadata && line.hasPrefix("  name:") {
                name = unquote(line.dropFirst("  name:".count))
                inMetadata = false
            } else if let first = line.first, first != " ", first != "#" {
                inMetadata = false
            }
        }
        return kind.isEmpty ? nil : kind + "/" + name
    }

    private static func unquote(_ text: Substring) -> String {
        text.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
    }
}
