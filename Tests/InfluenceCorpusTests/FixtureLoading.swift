import Foundation
import Testing

/// Path of a fixture file of this test target.
func fixturePath(_ name: String, _ ext: String) throws -> String {
    let url = try #require(Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "Fixtures"))
    return url.path
}

/// Writes `bytes` to a fresh temporary file with the given extension and returns its path.
func temporaryFile(_ bytes: [UInt8], ext: String, name: String = "input") throws -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("influence-corpus-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let url = dir.appendingPathComponent("\(name).\(ext)")
    try Data(bytes).write(to: url)
    return url.path
}

func temporaryFile(_ text: String, ext: String, name: String = "input") throws -> String {
    try temporaryFile(Array(text.utf8), ext: ext, name: name)
}
