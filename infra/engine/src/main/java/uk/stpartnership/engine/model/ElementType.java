package uk.stpartnership.engine.model;

/** The BPMN elements the engine runs, named as Zeebe's records name them (BpmnElementType). */
public enum ElementType {
    PROCESS, START_EVENT, END_EVENT, SERVICE_TASK, SEND_TASK, USER_TASK, EXCLUSIVE_GATEWAY, PARALLEL_GATEWAY,
    INCLUSIVE_GATEWAY, EVENT_BASED_GATEWAY, INTERMEDIATE_CATCH_EVENT, BOUNDARY_EVENT, SUB_PROCESS, EVENT_SUB_PROCESS,
    CALL_ACTIVITY, MULTI_INSTANCE_BODY, SEQUENCE_FLOW;

    public boolean isJobWorkerTask() {
        return this == SERVICE_TASK || this == SEND_TASK || this == USER_TASK;
    }

    public boolean isFlowScope() {
        return this == PROCESS || this == SUB_PROCESS || this == EVENT_SUB_PROCESS;
    }

    /** Elements to which boundary events can be attached and which wait while active. */
    public boolean isActivity() {
        return isJobWorkerTask() || this == SUB_PROCESS || this == CALL_ACTIVITY;
    }
}
