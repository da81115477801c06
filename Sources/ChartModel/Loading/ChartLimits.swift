/// Size limits applied while loading charts (Helm's `archive` package values
/// plus bounds for hostile input Helm does not guard against).
public enum ChartLimits {
    /// Helm's `MaxDecompressedChartSize`: all files of an archive together, decompressed (100 MiB).
    public static let maxDecompressedChartSize: Int64 = 100 * 1024 * 1024
    /// Helm's `MaxDecompressedFileSize`: one file, decompressed (5 MiB).
    public static let maxDecompressedFileSize: Int64 = 5 * 1024 * 1024
    /// Subcharts nested inside subcharts, deepest allowed.
    public static let maxSubchartDepth = 64
    /// Directory levels walked inside one chart directory.
    public static let maxDirectoryDepth = 128
}
