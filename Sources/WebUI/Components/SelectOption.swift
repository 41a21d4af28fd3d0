/// One choice in a drop-down list.
public struct SelectOption: Sendable, Hashable {
    /// The submitted value.
    public var value: String
    /// The visible text.
    public var label: String

    /// An option.
    public init(value: String, label: String) {
        self.value = value
        self.label = label
    }
}
