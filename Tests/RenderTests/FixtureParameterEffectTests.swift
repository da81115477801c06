import Foundation
import Testing

/// Every documented parameter of the seed platforms (fixtures/parameters.jsonl)
/// changes what Helm renders: the named resource in its case's golden differs
/// from the same resource in the chart's defaults golden (absent counts as different).
@Suite struct FixtureParameterEffectTests {
    struct Entry: CustomTestStringConvertible, Sendable {
        var chart: String
        var parameter: String
        var source: String
        var caseID: String
        var resource: String
        var testDescription: String { "\(chart) \(parameter)" }
    }

    static let entries: [Entry] = SnippetCase.jsonObjects(
        FixtureCase.fixturesDirectory.appendingPathComponent("parameters.jsonl")
    ).compactMap { obj in
        guard let chart = obj["chart"] as? String, let parameter = obj["parameter"] as? String,
              let caseID = obj["case"] as? String, let resource = obj["resource"] as? String
        else { return nil }
        return Entry(chart: chart, parameter: parameter, source: obj["source"] as? String ?? "",
                     caseID: caseID, resource: resource)
    }

    static let caseIDs = Set(FixtureCase.loadAll().map(\.id))

    @Test func catalogueCoversEverySeedChart() {
        let charts = Set(Self.entries.map(\.chart))
        #expect(charts == ["polyaxon", "hydrosphere", "howso-platform", "dsosu-jupyterhub", "doks-ml"])
        let unnamed = Self.entries.filter { $0.source.isEmpty }.map(\.parameter)
        #expect(unnamed.isEmpty, "entries without a source document: \(unnamed)")
    }

    @Test(arguments: entries)
    func parameterChangesItsResource(_ entry: Entry) throws {
        #expect(Self.caseIDs.contains(entry.caseID), "\(entry.caseID) is not in fixtures/cases.jsonl")
        let changed = try #require(FixtureCase.goldenStdout(of: entry.caseID),
                                   "no successful golden for \(entry.caseID)")
        let defaults = try #require(FixtureCase.goldenStdout(of: entry.chart + "/defaults"),
                                    "no successful golden for \(entry.chart)/defaults")
        let before = FixtureDocuments.byIdentity(defaults)[entry.resource]
        let after = FixtureDocuments.byIdentity(changed)[entry.resource]
        #expect(before != nil || after != nil, "\(entry.resource) is in neither golden")
        #expect(before != after, "\(entry.resource) is the same with \(entry.caseID) as with the defaults")
    }
}
