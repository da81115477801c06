import Testing
@testable import ChartModel

struct ImageReferenceTests {
    // reference, normalized, rewritten to mirror.local/m
    @Test(arguments: [
        ("nginx", "docker.io/library/nginx:latest", "mirror.local/m/library/nginx"),
        ("nginx:1.25", "docker.io/library/nginx:1.25", "mirror.local/m/library/nginx:1.25"),
        ("docker.io/library/nginx:1.25", "docker.io/library/nginx:1.25", "mirror.local/m/library/nginx:1.25"),
        ("docker.io/nginx:1.25", "docker.io/library/nginx:1.25", "mirror.local/m/library/nginx:1.25"),
        ("bitnami/redis:7.2", "docker.io/bitnami/redis:7.2", "mirror.local/m/bitnami/redis:7.2"),
        ("quay.io/org/x@sha256:abc", "quay.io/org/x@sha256:abc", "mirror.local/m/org/x@sha256:abc"),
        ("localhost:5000/a/b:c", "localhost:5000/a/b:c", "mirror.local/m/a/b:c"),
        ("registry:5000/team/app", "registry:5000/team/app:latest", "mirror.local/m/team/app"),
        ("localhost/app:1", "localhost/app:1", "mirror.local/m/app:1"),
        ("nvcr.io/nvidia/k8s-device-plugin:v0.14.1", "nvcr.io/nvidia/k8s-device-plugin:v0.14.1",
         "mirror.local/m/nvidia/k8s-device-plugin:v0.14.1"),
        ("repo/app:1.0@sha256:ff", "docker.io/repo/app:1.0@sha256:ff", "mirror.local/m/repo/app:1.0@sha256:ff"),
    ])
    func normalizesAndRewrites(_ text: String, _ normalized: String, _ mirrored: String) throws {
        let ref = try #require(ImageReference(text))
        #expect(ref.normalized == normalized)
        #expect(ref.rewritten(toMirror: "mirror.local/m/") == mirrored)
        #expect(ref.description == text)
    }

    @Test(arguments: ["", " ", "nginx:", "a b", "@sha256:x", "quay.io/", "x@"])
    func rejectsMalformed(_ text: String) {
        #expect(ImageReference(text) == nil)
    }
}
