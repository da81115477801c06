import ChartModel
import TemplateEngine

/// `--name-template`: the release name rendered as a template.
enum NameTemplate {
    static func render(_ text: String) throws -> String {
        let set = TemplateSet(functions: HelmFunctionTable.shared, options: ExecutionOptions(missingKey: .zero))
        do {
            try set.parse(name: "name-template", text: text)
            let out = try set.execute(name: "name-template", data: .map(GoMap(["Values": .map(GoMap())])))
            return NoValueRemoval.apply(out)
        } catch let e as TemplateError {
            throw TemplateCommand.Failure(message: e.message)
        }
    }
}
