extension SwedishRegion {
    /// Mean Earth radius (IUGG), in kilometres.
    public static let earthRadiusKilometres = 6371.0088

    /// The great-circle (haversine) distance between the main cities of the two regions, in kilometres.
    ///
    /// Uses a spherical Earth, whose error against the ellipsoid is at most about 0.5 %, far below what matters
    /// for choosing an exchange partner; the trigonometry itself is exact to double precision (see
    /// `SphericalTrigonometry`). Stockholm–Uppsala is about 64 km, Stockholm–Luleå about 730 km. It is a
    /// straight line, not a travel distance.
    public func distanceKilometres(to other: SwedishRegion) -> Double {
        let radians = SphericalTrigonometry.pi / 180
        let latitude1 = latitude * radians
        let latitude2 = other.latitude * radians
        let deltaLatitude = latitude2 - latitude1
        let deltaLongitude = (other.longitude - longitude) * radians
        let sinLatitude = SphericalTrigonometry.sin(deltaLatitude / 2)
        let sinLongitude = SphericalTrigonometry.sin(deltaLongitude / 2)
        let haversine =
            sinLatitude * sinLatitude
            + SphericalTrigonometry.cos(latitude1) * SphericalTrigonometry.cos(latitude2) * sinLongitude * sinLongitude
        return 2 * Self.earthRadiusKilometres * SphericalTrigonometry.asin(haversine.squareRoot())
    }
}
