extension NodeUser {
    /// Whether the user may answer (save) the self-assessment for `unit`.
    ///
    /// Analysts and admins may answer for any unit, like other data they edit. The agency's form is written for
    /// the management of the organisation it describes, so strategic and tactical managers may also answer for
    /// units inside their own part of the tree; operational managers read only. Nobody answers for a unit they
    /// cannot see.
    public func mayAnswerSelfAssessment(for unit: String, in tree: OrganisationTree) -> Bool {
        guard tree.units[unit] != nil, canSee(unit: unit, in: tree) else { return false }
        return canEditData || role == .strategic || role == .tactical
    }
}
