package uk.stpartnership.workflow.surveys;

/** Before a course (confidence and knowledge as trainees arrive) or after it. */
public enum SurveyPhase { PRE, POST }
