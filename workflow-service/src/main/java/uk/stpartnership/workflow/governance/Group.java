package uk.stpartnership.workflow.governance;

/** The partnership's governance groups; overdue actions go to the next STEERING meeting. */
public enum Group { OPERATIONAL, STEERING, PERFORMANCE, OTHER }
