import Testing
@testable import ChartModel

/// Helm's `lessByKind` with `InstallOrder` (kind_sorter.go): known kinds in
/// list order, unknown kinds after them by name, equal kinds stable.
@Suite struct SortInstallOrderTests {
    @Test func knownKindsFollowTheInstallOrderList() {
        let shuffled = InstallOrder.kinds.reversed().map { $0 }
        #expect(InstallOrder.stableSort(shuffled) { $0 } == InstallOrder.kinds)
    }

    @Test func unknownKindsComeLastSortedByName() {
        let sorted = InstallOrder.stableSort(["Zed", "Service", "Alpha", "Namespace"]) { $0 }
        #expect(sorted == ["Namespace", "Service", "Alpha", "Zed"])
    }

    @Test func equalKindsKeepTheirOrder() {
        let items = [("Foo", 1), ("Service", 2), ("Foo", 3), ("Service", 4), ("", 5)]
        let sorted = InstallOrder.stableSort(items) { $0.0 }
        #expect(sorted.map(\.1) == [2, 4, 5, 1, 3])
    }

    @Test func templateOrderIsDeepestFirstThenReverseLexical() {
        let names = ["c/templates/a.yaml", "c/templates/z.yaml", "c/charts/s/templates/a.yaml", "c/templates/d/x.yaml"]
        #expect(TemplateOrder.sorted(names) ==
                ["c/charts/s/templates/a.yaml", "c/templates/d/x.yaml", "c/templates/z.yaml", "c/templates/a.yaml"])
    }
}
