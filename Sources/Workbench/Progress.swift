/// Hears how far a long step has got, so a front end can show it (the
/// command line draws a line on a terminal; a test hears nothing).
public protocol ProgressListener: AnyObject {
    /// A step starts: "Importing data/big.csv", counted in "MB".
    func begin(_ label: String, unit: String)
    func update(_ done: Int, of total: Int)
    /// The step is over.
    func end()
}
