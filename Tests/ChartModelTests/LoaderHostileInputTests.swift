import Foundation
import Testing
@testable import ChartModel

/// Inputs Helm does not guard against or that need real files: symlinks
/// leaving the chart, files over Helm's size limit, a missing path.
@Suite(.enabled(if: YAMLAvailability.available, "needs the YAML decoder"))
struct LoaderHostileInputTests {
    private func makeChart() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hostile-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir + "/c/templates", withIntermediateDirectories: true)
        try Data("apiVersion: v2\nname: c\nversion: 0.1.0\n".utf8).write(to: URL(fileURLWithPath: dir + "/c/Chart.yaml"))
        return dir
    }

    @Test func symlinkOutsideTheChartIsRejected() throws {
        let dir = try makeChart()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Data("secret".utf8).write(to: URL(fileURLWithPath: dir + "/outside.txt"))
        try FileManager.default.createSymbolicLink(atPath: dir + "/c/leak.txt", withDestinationPath: dir + "/outside.txt")
        #expect(throws: ChartError.self) { try ChartLoader.load(path: dir + "/c") }
    }

    @Test func symlinkInsideTheChartIsFollowed() throws {
        let dir = try makeChart()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Data("x".utf8).write(to: URL(fileURLWithPath: dir + "/c/real.txt"))
        try FileManager.default.createSymbolicLink(atPath: dir + "/c/link.txt", withDestinationPath: dir + "/c/real.txt")
        let chart = try ChartLoader.load(path: dir + "/c")
        #expect(chart.files.map(\.name).sorted() == ["link.txt", "real.txt"])
    }

    @Test func fileOverTheSizeLimitIsRejected() throws {
        let dir = try makeChart()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let big = Data(count: Int(ChartLimits.maxDecompressedFileSize) + 1)
        try big.write(to: URL(fileURLWithPath: dir + "/c/big.bin"))
        do {
            _ = try ChartLoader.load(path: dir + "/c")
            Issue.record("loaded a chart with an oversized file")
        } catch let e as ChartError {
            #expect(e.message == "chart file \"big.bin\" is larger than the maximum file size 5242880")
        }
    }

    @Test func missingPathReadsLikeHelm() {
        do {
            _ = try ChartLoader.load(path: "./does-not-exist")
            Issue.record("loaded a missing chart")
        } catch let e as ChartError {
            #expect(e.message == "path \"./does-not-exist\" not found")
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }
}
