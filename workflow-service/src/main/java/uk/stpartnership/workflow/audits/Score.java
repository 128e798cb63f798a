package uk.stpartnership.workflow.audits;

/** How far a case meets a criterion: an ordered scale (weighted kappa uses the distance between two scores). */
public enum Score {
    NOT_MET, PARTIALLY_MET, MET
}
