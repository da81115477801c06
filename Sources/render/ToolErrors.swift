import ChartModel
import Foundation

/// How the tool commands (`diff`, `images`, `bundle`) report a failure:
/// one `Error: …` line on stderr and the command's error status.
enum ToolErrors {
    static func report(_ message: String, status: Int32) -> Int32 {
        StandardStreams.error("Error: \(message)\n")
        return status
    }

    /// Runs `body`, turning any error into one message and `status`.
    static func run(status: Int32, _ body: () throws -> Int32) -> Int32 {
        do {
            return try body()
        } catch let f as CommandLineSplitter.Failure {
            return report(f.message, status: status)
        } catch let f as ManifestSource.Failure {
            return report(f.message, status: status)
        } catch let e as ChartError {
            return report(e.message, status: status)
        } catch {
            return report("\(error)", status: status)
        }
    }
}
