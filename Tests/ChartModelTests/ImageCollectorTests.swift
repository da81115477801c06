import Testing
@testable import ChartModel
import TemplateEngine

struct ImageCollectorTests {
    static func container(_ name: String, _ image: String) -> Value {
        .map(GoMap(["name": .string(name), "image": .string(image)]))
    }

    static func podSpec(_ containers: [Value], init initContainers: [Value] = []) -> Value {
        .map(GoMap(["containers": .list(containers), "initContainers": .list(initContainers)]))
    }

    static func resource(_ kind: String, _ name: String, _ object: [String: Value]) -> ManifestResource {
        ManifestResource(key: .init(apiVersion: "v1", kind: kind, namespace: "", name: name),
                         object: .map(GoMap(object)), source: nil)
    }

    @Test func findsImagesInEveryWorkloadKind() {
        let deployment = Self.resource("Deployment", "web", [
            "spec": .map(GoMap(["template": .map(GoMap(["spec": Self.podSpec(
                [Self.container("web", "nginx:1.25")], init: [Self.container("init", "busybox")])]))]))])
        let cron = Self.resource("CronJob", "backup", [
            "spec": .map(GoMap(["jobTemplate": .map(GoMap(["spec": .map(GoMap(["template": .map(GoMap([
                "spec": Self.podSpec([Self.container("b", "quay.io/org/backup@sha256:ab")])]))]))]))]))])
        let pod = Self.resource("Pod", "p", ["spec": Self.podSpec([Self.container("p", "nginx:1.25")])])
        let custom = Self.resource("Notebook", "nb", ["spec": .map(GoMap(["image": .string("jupyter/base:1")]))])
        let uses = ImageCollector.uses(in: [deployment, cron, pod, custom], extraFields: [FieldPath("spec.image")].compactMap { $0 })
        #expect(uses.map(\.field) == [
            "spec.template.spec.initContainers[0].image", "spec.template.spec.containers[0].image",
            "spec.jobTemplate.spec.template.spec.containers[0].image", "spec.containers[0].image", "spec.image",
        ])
        #expect(ImageCollector.images(uses) == ["busybox", "jupyter/base:1", "nginx:1.25", "quay.io/org/backup@sha256:ab"])
        #expect(ImageCollector.images(uses, normalize: true) == [
            "docker.io/jupyter/base:1", "docker.io/library/busybox:latest", "docker.io/library/nginx:1.25",
            "quay.io/org/backup@sha256:ab",
        ])
    }
}
