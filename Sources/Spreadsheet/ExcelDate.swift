import PlanningDomain

/// Converts Excel date serial numbers to `YYYY-MM-DD`.
enum ExcelDate {
    /// Serial of 9999-12-31 in the 1900 system, Excel's last date.
    static let maximumSerial1900 = 2_958_465.0

    /// Returns the calendar date of `serial`, dropping any time of day, or `nil` when the serial is not a date
    /// Excel would show (negative, beyond year 9999, or the day-zero of a pure time in the 1900 system).
    ///
    /// The 1900 system counts 1900-01-01 as 1 and, copying Lotus 1-2-3, includes the fictitious 1900-02-29 as 60;
    /// serials from 61 on are therefore one day ahead of a real calendar count. That day is returned as Excel shows
    /// it, `1900-02-29`, so that nobody mistakes it for a real date without looking. The 1904 system counts
    /// 1904-01-01 as 0 and has no such bug.
    static func isoDate(serial: Double, date1904: Bool) -> String? {
        guard serial.isFinite, serial >= 0, serial <= maximumSerial1900 else { return nil }
        // Round to whole seconds first, as Excel does when displaying, so 45000.9999999999 is the next day.
        let day = Int(((serial * 86_400).rounded() / 86_400).rounded(.down))
        let daysSince1970: Int
        if date1904 {
            daysSince1970 = day - 24_107
        } else if day == 0 {
            return nil
        } else if day < 60 {
            daysSince1970 = day - 25_568
        } else if day == 60 {
            return "1900-02-29"
        } else {
            daysSince1970 = day - 25_569
        }
        return CivilDate(daysSinceEpoch: daysSince1970).description
    }
}
