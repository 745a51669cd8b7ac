import GRDB

extension SQLiteStore {
    /// Everything ever recorded for a measure, superseded values included,
    /// by date and then in the order recorded.
    public func actualHistory(planID: String, measureID: String) throws(StoreError) -> [ActualRecord] {
        try read { db in
            try ActualRecord.filter { $0.planID == planID && $0.measureID == measureID }
                .order(ActualRecord.Columns.date, ActualRecord.Columns.id).fetchAll(db)
        }
    }

    /// Every completion ever recorded for a milestone, in the order recorded.
    public func completionHistory(planID: String, milestoneID: String) throws(StoreError) -> [CompletionRecord] {
        try read { db in
            try CompletionRecord.filter { $0.planID == planID && $0.milestoneID == milestoneID }
                .order(CompletionRecord.Columns.id).fetchAll(db)
        }
    }
}
