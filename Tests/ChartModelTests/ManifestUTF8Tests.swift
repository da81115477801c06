import Foundation
import Testing
import TemplateEngine
@testable import ChartModel

/// A rendered document whose bytes are not UTF-8 (`.Files.Get` of a binary
/// file printed raw, `substr` cutting a character) fails Helm's manifest
/// parse. The expected messages come from Helm's own YAML code
/// (scripts/gen-manifest-utf8-expectations.py), since the oracle's output
/// cannot carry such bytes.
struct ManifestUTF8Case: CustomTestStringConvertible, Sendable {
    let id: String
    let document: [UInt8]
    let error: String

    var testDescription: String { id }

    static func load() -> [ManifestUTF8Case] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("fixtures/manifest-utf8/expected.jsonl")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { line in
            guard let obj = (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any],
                  let id = obj["id"] as? String, let b64 = obj["document_b64"] as? String,
                  let data = Data(base64Encoded: b64), let error = obj["error"] as? String else { return nil }
            return ManifestUTF8Case(id: id, document: Array(data), error: error)
        }
    }
}

@Suite struct ManifestUTF8Tests {
    @Test func casesLoad() {
        #expect(ManifestUTF8Case.load().count >= 10)
    }

    @Test(arguments: ManifestUTF8Case.load())
    func documentHeadReportsInvalidUTF8(_ c: ManifestUTF8Case) {
        // The template output keeps invalid bytes as GoBytes escapes.
        let document = GoBytes.string(c.document)
        #expect(GoBytes.bytes(document) == c.document)
        do {
            _ = try ManifestHead.parse(document)
            #expect(c.error == "")
        } catch let e as ManifestError {
            #expect(e.message == c.error)
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }
}
