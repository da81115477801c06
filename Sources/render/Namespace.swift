import ChartModel
import Foundation
import TemplateEngine

/// The release namespace as Helm resolves it: `-n`, else `$HELM_NAMESPACE`,
/// else the kubeconfig context's namespace, else `default`.
enum Namespace {
    static func resolve(flag: String, kubeconfig: String, context: String) -> String {
        if !flag.isEmpty { return flag }
        let env = ProcessInfo.processInfo.environment
        if let ns = env["HELM_NAMESPACE"], !ns.isEmpty { return ns }
        let paths: [String]
        if !kubeconfig.isEmpty {
            paths = [kubeconfig]
        } else if let k = env["KUBECONFIG"], !k.isEmpty {
            paths = k.split(separator: ":").map(String.init)
        } else {
            paths = [NSHomeDirectory() + "/.kube/config"]
        }
        var current: String?
        var contexts: [String: GoMap] = [:]
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path),
                  let config = (try? YAMLDecoder.decode(Array(data)))?.mapValue else { continue }
            if current == nil, let c = config["current-context"]?.stringValue, !c.isEmpty { current = c }
            for entry in config["contexts"]?.listValue?.items ?? [] {
                guard let m = entry.mapValue, let name = m["name"]?.stringValue, contexts[name] == nil else { continue }
                contexts[name] = m["context"]?.mapValue ?? GoMap()
            }
        }
        let selected = context.isEmpty ? (env["HELM_KUBECONTEXT"].flatMap { $0.isEmpty ? nil : $0 } ?? current) : context
        if let selected, let ns = contexts[selected]?["namespace"]?.stringValue, !ns.isEmpty {
            return ns
        }
        return "default"
    }
}
