import Crypto
import TemplateEngine

/// The files of an air-gap bundle: one file per resource in install order,
/// the combined manifests, the image list, the values used, and
/// `bundle.json` describing them with their SHA-256.
public enum BundleBuilder {
    public struct Input {
        /// What `render template` printed (CRDs, manifests and hooks in Helm's order).
        public var manifest: String
        public var chartName: String
        public var chartVersion: String
        /// The merged values the render used, as YAML.
        public var valuesYAML: String
        /// The render flags, for the record.
        public var flags: [String]
        /// `HOST[/PREFIX]` of a private mirror to move every image to.
        public var registry: String?
        public var rendererVersion: String

        public init(manifest: String, chartName: String, chartVersion: String, valuesYAML: String,
                    flags: [String], registry: String?, rendererVersion: String) {
            self.manifest = manifest
            self.chartName = chartName
            self.chartVersion = chartVersion
            self.valuesYAML = valuesYAML
            self.flags = flags
            self.registry = registry
            self.rendererVersion = rendererVersion
        }
    }

    public static func files(_ input: Input) throws -> [BundleWriter.File] {
        var resources = try ManifestReader.resources(in: input.manifest, origin: "rendered manifest")
        if let registry = input.registry {
            for i in resources.indices {
                let r = resources[i]
                let moved = ImageCollector.rewriteImages(in: r.object, kind: r.key.kind) { image in
                    ImageReference(image)?.rewritten(toMirror: registry) ?? image
                }
                if moved {
                    let body = try YAMLEncoder.encode(r.object)
                    resources[i].text = (r.source.map { "# Source: \($0)\n" } ?? "") + body
                }
            }
        }
        var files: [BundleWriter.File] = []
        var combined = ""
        for (i, r) in resources.enumerated() {
            var text = r.text
            if !text.hasSuffix("\n") { text += "\n" }
            let name = fileName(index: i + 1, key: r.key)
            files.append(.init(path: name, data: GoBytes.bytes("---\n" + text)))
            combined += "---\n" + text
        }
        files.append(.init(path: "manifests.yaml", data: GoBytes.bytes(combined)))
        let images = ImageCollector.images(ImageCollector.uses(in: resources))
        files.append(.init(path: "images.txt", data: Array(images.map { $0 + "\n" }.joined().utf8)))
        files.append(.init(path: "values.yaml", data: Array(input.valuesYAML.utf8)))
        let digests = GoMap()
        for f in files { digests[f.path] = .string(sha256Hex(f.data)) }
        let description = GoMap([
            "chart": .map(GoMap(["name": .string(input.chartName), "version": .string(input.chartVersion)])),
            "flags": .list(GoList(input.flags.map { .string($0) })),
            "renderer": .string(input.rendererVersion),
            "registry": input.registry.map { .string($0) } ?? .null,
            "resources": .int(resources.count),
            "images": .list(GoList(images.map { .string($0) })),
            "files": .map(digests),
        ])
        let json = try GoJSON.marshalIndent(.map(description), prefix: "", indent: "  ", escapeHTML: false) + "\n"
        files.append(.init(path: "bundle.json", data: Array(json.utf8)))
        return files
    }

    /// `0001-Deployment-demo-web.yaml`: index, kind and name, with anything
    /// but letters, digits, `.`, `_` and `-` replaced by `_`.
    static func fileName(index: Int, key: ManifestResource.Key) -> String {
        var number = String(index)
        while number.count < 4 { number = "0" + number }
        func clean(_ s: String) -> String {
            String(s.unicodeScalars.map { c -> Character in
                switch c {
                case "a"..."z", "A"..."Z", "0"..."9", ".", "_", "-": return Character(c)
                default: return "_"
                }
            })
        }
        let kind = key.kind.isEmpty ? "Unknown" : clean(key.kind)
        let name = key.name.isEmpty ? "unnamed" : clean(key.name)
        return "\(number)-\(kind)-\(name).yaml"
    }

    static func sha256Hex(_ data: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        for b in SHA256.hash(data: data) {
            out.append(digits[Int(b >> 4)])
            out.append(digits[Int(b & 0xF)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
