import TemplateEngine

/// Builds a `Chart` from its files (Helm's `LoadFiles`): Chart.yaml,
/// values.yaml, values.schema.json, requirements.yaml (apiVersion v1),
/// templates, other files, and subcharts under `charts/` (directories or
/// `.tgz` archives).
enum ChartFileAssembler {
    static func assemble(_ files: [ChartFile], depth: Int = 0) throws -> Chart {
        if depth > ChartLimits.maxSubchartDepth {
            throw ChartError("subcharts are nested more than \(ChartLimits.maxSubchartDepth) levels deep")
        }
        var metadata: ChartMetadata?
        for f in files where f.name == "Chart.yaml" {
            var md = metadata ?? ChartMetadata(name: "", version: "", apiVersion: "", type: "")
            do {
                try ChartMetadataDecoder.apply(try YAMLDecoder.decode(f.data), to: &md)
            } catch let e as YAMLError {
                throw ChartError("cannot load Chart.yaml: \(e.message)")
            } catch let e as ChartError where !e.message.hasPrefix("validation:") {
                throw ChartError("cannot load Chart.yaml: \(e.message)")
            }
            if md.apiVersion.isEmpty { md.apiVersion = "v1" }
            metadata = md
        }

        let chart = Chart(metadata: ChartMetadata(name: "", version: ""))
        var subchartFiles: [String: [ChartFile]] = [:]
        for f in files {
            let n = f.name
            if n == "Chart.yaml" { continue }
            if n == "Chart.lock" || n == "requirements.lock" {
                if n == "requirements.lock" && (metadata?.apiVersion ?? "") == "v1" { chart.files.append(f) }
                continue
            }
            if n == "values.yaml" {
                do {
                    chart.values = try ValuesFileReader.read(f.data)
                } catch let e as YAMLError {
                    throw ChartError("cannot load values.yaml: \(e.message)")
                } catch let e as ChartError {
                    throw ChartError("cannot load values.yaml: \(e.message)")
                }
                continue
            }
            if n == "values.schema.json" {
                chart.schema = f.data
                continue
            }
            if n == "requirements.yaml" {
                var md = metadata ?? ChartMetadata(name: "", version: "", apiVersion: "", type: "")
                do {
                    try ChartMetadataDecoder.apply(try YAMLDecoder.decode(f.data), to: &md)
                } catch let e as YAMLError {
                    throw ChartError("cannot load requirements.yaml: \(e.message)")
                } catch let e as ChartError where !e.message.hasPrefix("validation:") {
                    throw ChartError("cannot load requirements.yaml: \(e.message)")
                }
                if md.apiVersion == "v1" { chart.files.append(f) }
                metadata = md
                continue
            }
            if n.hasPrefix("templates/") {
                chart.templates.append(f)
                continue
            }
            if n.hasPrefix("charts/") {
                if extensionOf(n) == ".prov" {
                    chart.files.append(f)
                    continue
                }
                let rest = String(n.dropFirst("charts/".count))
                let cname = rest.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? rest
                subchartFiles[cname, default: []].append(ChartFile(name: rest, data: f.data))
                continue
            }
            chart.files.append(f)
            if n.hasPrefix("crds/") && hasManifestExtension(n) { chart.crds.append(f) }
        }

        guard var md = metadata else { throw ChartError("Chart.yaml file is missing") }
        try ChartMetadataValidator.validate(&md)
        md.refreshFields()
        chart.metadata = md

        for cname in subchartFiles.keys.sorted(by: goStringLess) {
            guard let group = subchartFiles[cname] else { continue }
            if let first = cname.utf8.first, first == UInt8(ascii: "_") || first == UInt8(ascii: ".") { continue }
            let sub: Chart
            do {
                if cname.hasSuffix(".tgz") && extensionOf(cname) == ".tgz" {
                    guard let file = group.first else { continue }
                    if file.name != cname {
                        throw ChartError("error unpacking subchart tar in \(md.name): expected \(cname), got \(file.name)")
                    }
                    sub = try assemble(try ChartArchiveReader.files(fromArchive: file.data), depth: depth + 1)
                } else {
                    var inner: [ChartFile] = []
                    for f in group {
                        let parts = f.name.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
                        if parts.count < 2 { continue }
                        inner.append(ChartFile(name: String(parts[1]), data: f.data))
                    }
                    sub = try assemble(inner, depth: depth + 1)
                }
            } catch let e as ChartError where e.message.hasPrefix("error unpacking subchart tar in") {
                throw e
            } catch let e as ChartError {
                throw ChartError("error unpacking subchart \(cname) in \(md.name): \(e.message)")
            }
            sub.parent = chart
            chart.dependencies.append(sub)
        }
        return chart
    }

    private static func lastComponent(_ n: String) -> Substring {
        n.split(separator: "/", omittingEmptySubsequences: false).last ?? Substring(n)
    }

    /// Go's `filepath.Ext`: from the last dot of the last path element.
    static func extensionOf(_ n: String) -> String {
        let last = lastComponent(n)
        guard let dot = last.lastIndex(of: ".") else { return "" }
        return String(last[dot...])
    }

    /// Helm's `hasManifestExtension`: `.yaml`, `.yml`, `.json`.
    static func hasManifestExtension(_ n: String) -> Bool {
        let e = extensionOf(n).lowercased()
        return e == ".yaml" || e == ".yml" || e == ".json"
    }
}
