import TemplateEngine

/// What Go builds at package initialisation, before Helm renders anything:
/// the function table's parser names and, when the chart has version ranges
/// to check or templates that call the semver functions, Masterminds/semver's
/// constraint expressions (and one parse with them, for the Swift runtime's
/// type metadata, which Go has at link time). `render template` does this
/// before it times a render, so the timed phase is the same as Helm's.
public enum RenderPreparation {
    public static func prepare(for chart: Chart) {
        HelmFunctionTable.shared.prepareForParsing()
        if needsConstraintGrammar(chart) || mentionsSemver(chart) {
            SemverConstraint.prepareGrammar()
            SemverConstraint.prepareParsing()
        }
    }

    private static let semverWord = Array("semver".utf8)

    /// Whether a template of the chart or its subcharts holds the word
    /// `semver` (as `semverCompare` and `semver` do).
    static func mentionsSemver(_ chart: Chart) -> Bool {
        chart.templates.contains { GoStrings.index($0.data, semverWord) != nil }
            || chart.dependencies.contains(where: mentionsSemver)
    }

    /// Whether any `kubeVersion` or dependency version of the chart or its
    /// subcharts is more than a bare `X.Y.Z`.
    static func needsConstraintGrammar(_ chart: Chart) -> Bool {
        let md = chart.metadata
        if !md.kubeVersion.isEmpty && DependencyVersionRange.exactVersion(md.kubeVersion) == nil { return true }
        for d in md.dependencies where !d.version.isEmpty && DependencyVersionRange.exactVersion(d.version) == nil {
            return true
        }
        return chart.dependencies.contains(where: needsConstraintGrammar)
    }
}
