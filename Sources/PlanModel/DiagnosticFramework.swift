/// A diagnostic framework: the components every intervention is rated on.
/// Data, not code: the built-in one is the Christmas Tree, and a workspace
/// may name its own file of the same shape.
public struct DiagnosticFramework: Sendable {
    public struct Component: Sendable, Hashable {
        public var id: String
        public var title: String
        public var question: String
        /// The component stands for a share (of need reached, taken up,
        /// kept up), so a rating should carry a `value` fraction.
        public var isShare: Bool
        public init(id: String, title: String, question: String, isShare: Bool = false) {
            self.id = id
            self.title = title
            self.question = question
            self.isShare = isShare
        }
    }

    public var id: String
    public var title: String
    public var components: [Component]

    public init(id: String, title: String, components: [Component]) {
        self.id = id
        self.title = title
        self.components = components
    }

    public static let christmasTree = DiagnosticFramework(
        id: "christmas-tree", title: "Christmas Tree diagnostic",
        components: [
            Component(
                id: "known-efficacy", title: "Known intervention efficacy",
                question: "Is there good evidence that the intervention reduces deaths?"),
            Component(
                id: "cost-effectiveness", title: "Cost-effectiveness",
                question: "Is it cost-effective and affordable at the scale needed?"),
            Component(
                id: "commissioned-volume", title: "Commissioned volume",
                question: "Is enough commissioned to reach the share of need that moves population rates?",
                isShare: true),
            Component(
                id: "optimal-practice", title: "Optimal practice / local service effectiveness",
                question:
                    "Is it delivered to best practice everywhere, without unwarranted variation between providers?"),
            Component(
                id: "accessibility", title: "Accessibility",
                question: "Can the most deprived, highest-risk groups actually reach it?", isShare: true),
            Component(
                id: "engaging-the-public", title: "Engaging the public",
                question: "Do the target groups know of it, want it and take it up?", isShare: true),
            Component(
                id: "supported-self-management", title: "Supported self-management",
                question: "Are people helped to keep going (adherence, relapse prevention)?", isShare: true),
            Component(
                id: "adequate-resourcing", title: "Adequate resourcing",
                question: "Do workforce and money match the volume?"),
        ])

    public static let builtIn: [DiagnosticFramework] = [christmasTree]
}
