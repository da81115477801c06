/// The checks `helm template` makes on a loaded chart before rendering
/// (`checkIfInstallable`, `CheckDependencies`, the kubeVersion check of
/// `renderResources`), with Helm's messages.
public enum ChartInstallChecks {
    /// Only `application` charts (or an empty type) can be rendered.
    public static func checkInstallable(_ chart: Chart) throws {
        switch chart.metadata.type {
        case "", "application": return
        default: throw ChartError("\(chart.metadata.type) charts are not installable")
        }
    }

    /// Every Chart.yaml dependency must have a subchart of that name under `charts/`.
    public static func checkDependencies(_ chart: Chart) throws {
        var missing: [String] = []
        for req in chart.metadata.dependencies where !chart.dependencies.contains(where: { $0.name == req.name }) {
            missing.append(req.name)
        }
        if !missing.isEmpty {
            throw ChartError("an error occurred while checking for chart dependencies. You may need to run 'helm dependency build' to fetch missing dependencies: found in Chart.yaml, but missing in charts/ directory: \(missing.joined(separator: ", "))")
        }
    }

    /// Chart.yaml `kubeVersion` must admit the target Kubernetes version
    /// (`gitVersion` such as `v1.36.0`; `version` is what the message prints).
    public static func checkKubeVersion(_ chart: Chart, kubeVersion: String, displayVersion: String? = nil) throws {
        let constraint = chart.metadata.kubeVersion
        if constraint.isEmpty { return }
        if !DependencyVersionRange.isCompatible(constraint, kubeVersion) {
            throw ChartError("chart requires kubeVersion: \(constraint) which is incompatible with Kubernetes \(displayVersion ?? kubeVersion)")
        }
    }
}
