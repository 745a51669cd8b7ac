/// What countdown says about itself in machine-readable outputs.
public enum ToolInfo {
    public static let name = "countdown"
    public static let version = "0.1.0"
    public static let informationURI = "https://github.com/countdown-health/countdown"
}
