import TemplateEngine

/// The functions that would reach a cluster or DNS, as Helm answers them
/// offline: `lookup` gives an empty map, `getHostByName` an empty string.
enum ClusterFunctions {
    static let lookup = TemplateFunction("lookup", params: [.string, .string, .string, .string]) { _, _ in
        .map(GoMap())
    }

    static let getHostByName = TemplateFunction("getHostByName", params: [.string]) { _, _ in
        .string("")
    }
}
