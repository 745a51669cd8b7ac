import Foundation
import GRDB
import PlanModel
import SystemIO

/// A plan and the file it was read from, ready to sync.
public struct PlanFile: Sendable {
    public var plan: Plan
    /// The file relative to the workspace folder, as stored.
    public var relativePath: String
    /// The file's absolute path (for git).
    public var absolutePath: String
    /// The file's text as read.
    public var text: String
    /// The last commit that changed the file, when it is committed unchanged in git.
    public var commit: Commit?

    /// A git commit, as a revision records it.
    public struct Commit: Sendable, Hashable {
        public var hash: String
        /// `Name <email>`.
        public var author: String

        public init(hash: String, author: String) {
            self.hash = hash
            self.author = author
        }
    }

    public init(plan: Plan, relativePath: String, absolutePath: String, text: String, commit: Commit? = nil) {
        self.plan = plan
        self.relativePath = relativePath
        self.absolutePath = absolutePath
        self.text = text
        self.commit = commit
    }
}

/// What a sync did.
public struct SyncResult: Sendable {
    /// Revisions stored, in the order of the files given.
    public var stored: [PlanRevision]
    /// Plans whose latest revision already has this content.
    public var unchanged: [String]
}

extension SQLiteStore {
    /// Stores a revision of each plan whose content differs from its latest
    /// revision (or that has none). An unchanged workspace adds nothing.
    /// One transaction: a sync is stored whole or not at all.
    public func sync(
        _ files: [PlanFile], progress: ((Int, Int) -> Void)?
    ) throws(StoreError) -> SyncResult {
        // Hash and snapshot outside the transaction, so the lock is held briefly.
        let prepared = files.map { file in
            let snapshot = PlanSnapshot(file.plan)
            var dues: [String: String] = [:]
            for (milestone, due) in snapshot.milestoneDues { dues[milestone] = due.description }
            return (
                file: file, hash: SHA256.hex(Array(file.text.utf8)), snapshot: snapshot.encoded(), dues: dues
            )
        }
        let syncedAt = timestamp()
        return try write { db in
            var result = SyncResult(stored: [], unchanged: [])
            for (index, item) in prepared.enumerated() {
                progress?(index, prepared.count)
                let latest = try PlanRevision.filter { $0.planID == item.file.plan.id }
                    .order(PlanRevision.Columns.id.desc).fetchOne(db)
                if latest?.contentHash == item.hash {
                    result.unchanged.append(item.file.plan.id)
                    continue
                }
                let commit = item.file.commit
                var revision = PlanRevision(
                    id: nil, planID: item.file.plan.id, file: item.file.relativePath, contentHash: item.hash,
                    snapshot: item.snapshot, syncedAt: syncedAt, gitCommit: commit?.hash, gitAuthor: commit?.author)
                try revision.insert(db)
                if let id = revision.id {
                    try Self.insertDues(db, revisionID: id, dues: item.dues)
                }
                result.stored.append(revision)
            }
            progress?(prepared.count, prepared.count)
            return result
        }
    }

    /// Every revision of a plan, oldest first.
    public func revisions(of planID: String) throws(StoreError) -> [PlanRevision] {
        try read { db in
            try PlanRevision.filter { $0.planID == planID }.order(PlanRevision.Columns.id).fetchAll(db)
        }
    }
}
