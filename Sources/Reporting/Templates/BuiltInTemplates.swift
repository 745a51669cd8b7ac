/// The templates countdown ships with. A workspace may replace any of them
/// (`ReportTemplates`); `countdown report --templates DIR` writes them out
/// as a starting point.
enum BuiltInTemplates {
    static func text(_ name: String) -> String {
        switch name {
        case "report.md": markdown
        case "report.html": html
        case "report.css": css
        default: ""
        }
    }
}
