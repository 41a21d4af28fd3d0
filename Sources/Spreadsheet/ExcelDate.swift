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
        let (year, month, dayOfMonth) = civilDate(daysSince1970: daysSince1970)
        return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(dayOfMonth, 2)
    }

    /// Proleptic Gregorian date for a day count from 1970-01-01 (Howard Hinnant's `civil_from_days`).
    static func civilDate(daysSince1970: Int) -> (year: Int, month: Int, day: Int) {
        let shifted = daysSince1970 + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
