import ChartModel
import Foundation
import TemplateEngine

/// The release namespace as Helm resolves it: `-n`, else `$HELM_NAMESPACE`,
/// else the kubeconfig context's namespace, else `default`.
enum Namespace {
    static func resolve(flag: String, kubeconfig: String, context: String) -> String {
        if !flag.isEmpty { return flag }
        if let ns = EnvironmentVariable.value("HELM_NAMESPACE"), !ns.isEmpty { return ns }
        let paths: [String]
        if !kubeconfig.isEmpty {
            paths = [kubeconfig]
        } else if let k = EnvironmentVariable.value("KUBECONFIG"), !k.isEmpty {
            paths = k.split(separator: ":").map(String.init)
        } else {
            paths = [(EnvironmentVariable.value("HOME") ?? NSHomeDirectory()) + "/.kube/config"]
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
        let selected = context.isEmpty ? (EnvironmentVariable.value("HELM_KUBECONTEXT").flatMap { $0.isEmpty ? nil : $0 } ?? current) : context
        if let selected, let ns = contexts[selected]?["namespace"]?.stringValue, !ns.isEmpty {
            return ns
        }
        return "default"
    }
}
