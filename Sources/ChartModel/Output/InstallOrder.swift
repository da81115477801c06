import TemplateEngine

/// Helm's `releaseutil.InstallOrder` and `lessByKind`: known kinds in install
/// order, unknown kinds after them sorted by name, equal kinds kept in order.
public enum InstallOrder {
    public static let kinds: [String] = [
        "PriorityClass", "Namespace", "NetworkPolicy", "ResourceQuota", "LimitRange",
        "PodSecurityPolicy", "PodDisruptionBudget", "ServiceAccount", "Secret", "SecretList",
        "ConfigMap", "StorageClass", "PersistentVolume", "PersistentVolumeClaim",
        "CustomResourceDefinition", "ClusterRole", "ClusterRoleList", "ClusterRoleBinding",
        "ClusterRoleBindingList", "Role", "RoleList", "RoleBinding", "RoleBindingList", "Service",
        "DaemonSet", "Pod", "ReplicationController", "ReplicaSet", "Deployment",
        "HorizontalPodAutoscaler", "StatefulSet", "Job", "CronJob", "IngressClass", "Ingress",
        "APIService", "MutatingWebhookConfiguration", "ValidatingWebhookConfiguration",
    ]

    static let rank: [String: Int] = {
        var r: [String: Int] = [:]
        for (i, k) in kinds.enumerated() { r[k] = i }
        return r
    }()

    /// Helm's `lessByKind`.
    public static func less(_ a: String, _ b: String) -> Bool {
        let ra = rank[a], rb = rank[b]
        switch (ra, rb) {
        case (nil, nil): return a != b && goStringLess(a, b)
        case (nil, _): return false
        case (_, nil): return true
        case let (x?, y?): return x < y
        }
    }

    /// `sort.SliceStable(items, lessByKind)`.
    public static func stableSort<T>(_ items: [T], kind: (T) -> String) -> [T] {
        let keyed = items.enumerated().map { (offset: $0.offset, kind: kind($0.element), item: $0.element) }
        return keyed.sorted { x, y in
            if less(x.kind, y.kind) { return true }
            if less(y.kind, x.kind) { return false }
            return x.offset < y.offset
        }.map(\.item)
    }
}
