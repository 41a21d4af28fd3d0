/// Screening of chart inputs: NaN and ±∞ cannot be drawn, so they become gaps and are counted for a note.
enum ChartValues {
    /// `values` with non-finite entries replaced by nil, and how many were replaced.
    static func finite(_ values: [Double?]) -> (values: [Double?], dropped: Int) {
        var dropped = 0
        let cleaned = values.map { value -> Double? in
            guard let value else { return nil }
            if value.isFinite { return value }
            dropped += 1
            return nil
        }
        return (cleaned, dropped)
    }

    /// The Swedish note under a chart whose data had `dropped` non-finite values, or nil for none.
    static func droppedNote(_ dropped: Int) -> String? {
        switch dropped {
        case 0: nil
        case 1: "1 värde som inte var ett giltigt tal har utelämnats ur diagrammet."
        default: "\(dropped) värden som inte var giltiga tal har utelämnats ur diagrammet."
        }
    }
}
