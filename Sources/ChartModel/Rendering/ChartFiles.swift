import Foundation
import TemplateEngine

/// Helm's `engine.files` (`.Files`): a map of chart file names to bytes with
/// the methods `Get`, `GetBytes`, `Glob`, `Lines`, `AsConfig`, `AsSecrets`.
public enum ChartFiles {
    public static let typeName = "engine.files"

    /// A `.Files` value over `files` (name → bytes).
    public static func make(_ files: [String: Value]) -> GoMap {
        GoMap(files, typeName: typeName, elementTypeName: "[]uint8", methods: FilesMethods.shared)
    }

    public static func make(from chartFiles: [ChartFile]) -> GoMap {
        var storage: [String: Value] = [:]
        for f in chartFiles { storage[f.name] = .bytes(f.data) }
        return make(storage)
    }
}

/// The methods of one `.Files` map.
final class FilesMethods: MethodProvider {
    static let shared = FilesMethods()

    func method(_ name: String, receiver: Value) -> TemplateFunction? {
        guard case .map(let files) = receiver else { return nil }
        switch name {
        case "GetBytes":
            return TemplateFunction("GetBytes", params: [.string]) { args, _ in
                .bytes(FilesMethods.bytes(files, args.first?.stringValue ?? ""))
            }
        case "Get":
            return TemplateFunction("Get", params: [.string]) { args, _ in
                .string(GoBytes.string(FilesMethods.bytes(files, args.first?.stringValue ?? "")))
            }
        case "Glob":
            return TemplateFunction("Glob", params: [.string]) { args, _ in
                let matcher = FilesGlob(args.first?.stringValue ?? "")
                var matched: [String: Value] = [:]
                for (k, v) in files.storage where matcher.matches(k) { matched[k] = v }
                return .map(ChartFiles.make(matched))
            }
        case "Lines":
            return TemplateFunction("Lines", params: [.string]) { args, _ in
                guard let v = files[args.first?.stringValue ?? ""], case .bytes(var data) = v else {
                    return .list(GoList.strings([]))
                }
                // Go indexes s[len(s)-1] and panics on an empty file.
                guard let last = data.last else { throw FunctionError("runtime error: index out of range [-1]") }
                if last == UInt8(ascii: "\n") { data.removeLast() }
                let lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
                    .map { GoBytes.string($0) }
                return .list(GoList.strings(lines))
            }
        case "AsConfig":
            return TemplateFunction("AsConfig") { _, _ in
                .string(FilesMethods.asYAML(files) { GoBytes.string($0) })
            }
        case "AsSecrets":
            return TemplateFunction("AsSecrets") { _, _ in
                .string(FilesMethods.asYAML(files) { GoBase64.encode($0) })
            }
        default:
            return nil
        }
    }

    static func bytes(_ files: GoMap, _ name: String) -> [UInt8] {
        if let v = files[name], case .bytes(let b) = v { return b }
        return []
    }

    /// `toYAML` of a map of base names to strings; later names win (Go map
    /// order is random there; here the sorted-last one).
    static func asYAML(_ files: GoMap, _ convert: ([UInt8]) -> String) -> String {
        let m = GoMap()
        for k in files.sortedKeys {
            guard let v = files[k], case .bytes(let b) = v else { continue }
            let base = k.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? k
            m[base] = .string(convert(b))
        }
        guard let text = try? YAMLEncoder.encode(.map(m)) else { return "" }
        return text.hasSuffix("\n") ? String(text.dropLast()) : text
    }
}
