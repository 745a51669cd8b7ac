import Foundation

/// The repository the tests run from: the example workspace, docs, schemas and scripts.
public enum SourceTree {
    /// The repository's root folder (this file is Tests/TestSupport/SourceTree.swift).
    public static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
}
