/// Collects a file's problems up to a cap and counts the rest, so one bad column does not flood the terminal.
struct IssueCollector {
    let file: String
    let cap: Int
    private(set) var issues: [FeedIssue] = []
    private(set) var omitted = 0

    init(file: String, cap: Int) {
        self.file = file
        self.cap = cap
    }

    var isEmpty: Bool { issues.isEmpty && omitted == 0 }

    mutating func add(
        line: Int?, column: String?, value: String?, _ code: FeedIssueCode, _ message: String
    ) {
        guard issues.count < cap else {
            omitted += 1
            return
        }
        issues.append(FeedIssue(file: file, line: line, column: column, value: value, code: code, message: message))
    }

    mutating func add(_ issue: FeedIssue) {
        guard issues.count < cap else {
            omitted += 1
            return
        }
        issues.append(issue)
    }
}
