extension CivilDate {
    /// The month that contains the date.
    public var yearMonth: YearMonth { YearMonth(containing: self) }
    /// The quarter that contains the date.
    public var quarter: YearQuarter { YearQuarter(containing: self) }
    /// The tertial that contains the date.
    public var tertial: YearTertial { YearTertial(containing: self) }
    /// The ISO week that contains the date.
    public var isoWeek: ISOWeek { ISOWeek(containing: self) }
}
