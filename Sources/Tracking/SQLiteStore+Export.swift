import Common
import GRDB

extension SQLiteStore {
    /// The current actuals as an exchange file: one row per measure and date
    /// (superseded values are history, kept in the store, not exchanged),
    /// ordered by plan, measure and date so the same store gives the same
    /// bytes. Importing it into an empty store and exporting again gives the
    /// same file.
    public func exportActuals() throws(StoreError) -> String {
        let rows = try read { db in
            try ActualRecord.fetchAll(db, sql: Self.current("actual", orderBy: "planID, measureID, date"))
        }
        var text = CSVWriter.line(ExchangeFormat.actuals.columns)
        for row in rows {
            text += CSVWriter.line([
                row.address, row.date, ExchangeNumber.format(row.value), row.source ?? "", row.note ?? "",
            ])
        }
        return text
    }

    /// The current milestone completions as an exchange file, ordered by plan and milestone.
    public func exportMilestones() throws(StoreError) -> String {
        let rows = try read { db in
            try CompletionRecord.fetchAll(db, sql: Self.current("milestoneCompletion", orderBy: "planID, milestoneID"))
        }
        var text = CSVWriter.line(ExchangeFormat.milestones.columns)
        for row in rows {
            text += CSVWriter.line([row.address, row.completed, row.note ?? ""])
        }
        return text
    }

    /// Rows of `table` that nothing supersedes.
    /// The current rows of `table`; with `after`, only those whose id is
    /// above the statement's one argument.
    static func current(_ table: String, after: Bool = false, orderBy: String) -> String {
        """
        SELECT * FROM \(table) a
        WHERE \(after ? "a.id > ? AND " : "")NOT EXISTS (SELECT 1 FROM \(table) b WHERE b.supersedes = a.id)
        ORDER BY \(orderBy), id
        """
    }
}
