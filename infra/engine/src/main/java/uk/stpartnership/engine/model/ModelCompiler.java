package uk.stpartnership.engine.model;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.Activity;
import io.camunda.zeebe.model.bpmn.instance.BaseElement;
import io.camunda.zeebe.model.bpmn.instance.BoundaryEvent;
import io.camunda.zeebe.model.bpmn.instance.CallActivity;
import io.camunda.zeebe.model.bpmn.instance.EndEvent;
import io.camunda.zeebe.model.bpmn.instance.ErrorEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.EventBasedGateway;
import io.camunda.zeebe.model.bpmn.instance.EventDefinition;
import io.camunda.zeebe.model.bpmn.instance.ExclusiveGateway;
import io.camunda.zeebe.model.bpmn.instance.FlowElement;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.InclusiveGateway;
import io.camunda.zeebe.model.bpmn.instance.IntermediateCatchEvent;
import io.camunda.zeebe.model.bpmn.instance.MessageEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import io.camunda.zeebe.model.bpmn.instance.ParallelGateway;
import io.camunda.zeebe.model.bpmn.instance.Process;
import io.camunda.zeebe.model.bpmn.instance.SendTask;
import io.camunda.zeebe.model.bpmn.instance.SequenceFlow;
import io.camunda.zeebe.model.bpmn.instance.ServiceTask;
import io.camunda.zeebe.model.bpmn.instance.StartEvent;
import io.camunda.zeebe.model.bpmn.instance.SubProcess;
import io.camunda.zeebe.model.bpmn.instance.TerminateEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.TimerEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.UserTask;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeAssignmentDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeCalledElement;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeFormDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeIoMapping;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeLoopCharacteristics;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeProperties;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeSubscription;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskHeaders;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskSchedule;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeUserTask;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a BPMN file with Zeebe's model API and compiles each executable process into {@link Node}s, refusing at deploy
 * what the engine does not run, with the element's id and what is unsupported.
 */
public final class ModelCompiler {

    public static final String USER_TASK_JOB_TYPE = "io.camunda.zeebe:userTask";
    private static final String HEADER = "io.camunda.zeebe:";

    public List<ProcessModel> compile(String resourceName, byte[] xml) {
        BpmnModelInstance model;
        try {
            model = Bpmn.readModelFromStream(new ByteArrayInputStream(xml));
        } catch (RuntimeException e) {
            throw new UnsupportedModel(resourceName + " is not a BPMN model that can be read: " + e.getMessage());
        }
        List<ProcessModel> processes = new ArrayList<>();
        for (Process process : model.getModelElementsByType(Process.class)) {
            if (process.isExecutable()) {
                processes.add(compile(process));
            }
        }
        if (processes.isEmpty()) {
            throw new UnsupportedModel(resourceName + " holds no executable process");
        }
        return processes;
    }

    private ProcessModel compile(Process process) {
        Map<String, Node> elements = new LinkedHashMap<>();
        Node root = new Node(process.getId(), process.getName(), ElementType.PROCESS);
        elements.put(root.id, root);
        Map<String, FlowElement> sources = new LinkedHashMap<>();
        collect(process.getFlowElements(), root, elements, sources);
        for (FlowElement element : sources.values()) {
            if (element instanceof SequenceFlow flow) {
                Node source = elements.get(flow.getSource().getId());
                Node target = elements.get(flow.getTarget().getId());
                String condition = flow.getConditionExpression() == null ? null : flow.getConditionExpression().getTextContent().trim();
                Node.Flow compiled = new Node.Flow(flow.getId(), source, target, condition == null || condition.isEmpty() ? null : condition);
                source.outgoing.add(compiled);
                target.incoming.add(compiled);
            }
        }
        for (FlowElement element : sources.values()) {
            if (element instanceof BoundaryEvent boundary) {
                Node node = elements.get(boundary.getId());
                Node attached = elements.get(boundary.getAttachedTo().getId());
                node.attachedTo = attached;
                attached.boundaryEvents.add(node);
            }
        }
        List<Node> messageStarts = new ArrayList<>();
        List<Node> timerStarts = new ArrayList<>();
        for (Node node : elements.values()) {
            validate(node);
            if (node.type == ElementType.START_EVENT && node.flowScope.type == ElementType.EVENT_SUB_PROCESS) {
                if (node.eventKind == Node.EventKind.NONE || node.flowScope.eventStart != null) {
                    throw unsupported(node.flowScope, "an event subprocess without exactly one timer, message or error start event");
                }
                if (node.eventKind == Node.EventKind.MESSAGE && node.correlationKey == null) {
                    throw unsupported(node, "a message start event of an event subprocess without zeebe:subscription correlationKey");
                }
                node.flowScope.eventStart = node;
            } else if (node.type == ElementType.START_EVENT) {
                switch (node.eventKind) {
                    case NONE -> node.flowScope.noneStart = node;
                    case MESSAGE -> messageStarts.add(node);
                    case TIMER -> timerStarts.add(node);
                    default -> throw unsupported(node, "a start event of kind " + node.eventKind);
                }
                if (node.eventKind != Node.EventKind.NONE && node.flowScope != root) {
                    throw unsupported(node, "a " + node.eventKind.name().toLowerCase() + " start event inside a subprocess");
                }
            }
        }
        for (Node node : elements.values()) {
            if (node.type == ElementType.SUB_PROCESS && node.noneStart == null) {
                throw unsupported(node, "a subprocess without a none start event");
            }
            if (node.type == ElementType.EVENT_SUB_PROCESS && node.eventStart == null) {
                throw unsupported(node, "an event subprocess without a start event");
            }
            node.reachable = reachableFrom(node);
        }
        if (root.noneStart == null && messageStarts.isEmpty() && timerStarts.isEmpty()) {
            throw unsupported(root, "a process without a start event");
        }
        return new ProcessModel(root.id, root, Map.copyOf(elements), List.copyOf(messageStarts), List.copyOf(timerStarts),
                sensitiveVariables(process));
    }

    private void collect(Collection<FlowElement> flowElements, Node scope, Map<String, Node> elements, Map<String, FlowElement> sources) {
        for (FlowElement element : flowElements) {
            sources.put(element.getId(), element);
            if (element instanceof SequenceFlow) {
                continue;
            }
            Node node = node(element);
            node.flowScope = scope;
            scope.children.add(node);
            if (node.type == ElementType.EVENT_SUB_PROCESS) {
                scope.eventSubprocesses.add(node);
            }
            elements.put(node.id, node);
            if (element instanceof SubProcess subProcess) {
                collect(subProcess.getFlowElements(), node, elements, sources);
            }
        }
    }

    private Node node(FlowElement element) {
        Node node = new Node(element.getId(), element.getName(), typeOf(element));
        if (element instanceof Activity activity && activity.getLoopCharacteristics() != null) {
            node.multiInstance = multiInstance(activity, node);
        }
        if (element instanceof BaseElement base) {
            ZeebeIoMapping io = base.getSingleExtensionElement(ZeebeIoMapping.class);
            if (io != null) {
                io.getInputs().forEach(input -> node.inputs.add(new Node.Mapping(input.getSource(), input.getTarget())));
                io.getOutputs().forEach(output -> node.outputs.add(new Node.Mapping(output.getSource(), output.getTarget())));
            }
        }
        switch (element) {
            case ExclusiveGateway gateway -> node.defaultFlowId = gateway.getDefault() == null ? null : gateway.getDefault().getId();
            case InclusiveGateway gateway -> node.defaultFlowId = gateway.getDefault() == null ? null : gateway.getDefault().getId();
            case CallActivity call -> {
                ZeebeCalledElement called = call.getSingleExtensionElement(ZeebeCalledElement.class);
                if (called == null || called.getProcessId() == null || called.getProcessId().isBlank()) {
                    throw unsupported(node, "a call activity without zeebe:calledElement processId");
                }
                node.calledProcessId = new Node.Expression(called.getProcessId());
                node.propagateAllChildVariables = called.isPropagateAllChildVariablesEnabled();
                node.propagateAllParentVariables = called.isPropagateAllParentVariablesEnabled();
            }
            default -> { }
        }
        if (node.type.isJobWorkerTask()) {
            jobDefinition((FlowNode) element, node);
        }
        if (element instanceof io.camunda.zeebe.model.bpmn.instance.Event event) {
            eventDefinition(event, node);
        }
        return node;
    }

    private static Node.MultiInstance multiInstance(Activity activity, Node node) {
        if (!(activity.getLoopCharacteristics() instanceof MultiInstanceLoopCharacteristics loop)) {
            throw unsupported(node, "a standard loop (only multi-instance)");
        }
        ZeebeLoopCharacteristics zeebe = loop.getSingleExtensionElement(ZeebeLoopCharacteristics.class);
        if (zeebe == null || zeebe.getInputCollection() == null || zeebe.getInputCollection().isBlank()) {
            throw unsupported(node, "a multi-instance activity without zeebe:loopCharacteristics inputCollection");
        }
        String completion = loop.getCompletionCondition() == null ? null : loop.getCompletionCondition().getTextContent().trim();
        return new Node.MultiInstance(loop.isSequential(), zeebe.getInputCollection(), blankToNull(zeebe.getInputElement()),
                blankToNull(zeebe.getOutputCollection()), blankToNull(zeebe.getOutputElement()), blankToNull(completion));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private void jobDefinition(FlowNode element, Node node) {
        ZeebeTaskHeaders headers = element.getSingleExtensionElement(ZeebeTaskHeaders.class);
        if (headers != null) {
            headers.getHeaders().forEach(header -> node.headers.put(header.getKey(), header.getValue()));
        }
        if (node.type == ElementType.USER_TASK) {
            if (element.getSingleExtensionElement(ZeebeUserTask.class) != null) {
                throw unsupported(node, "a Camunda user task (zeebe:userTask); model it as a job-worker user task");
            }
            node.jobType = new Node.Expression(USER_TASK_JOB_TYPE);
            node.jobRetries = new Node.Expression("1");
            ZeebeFormDefinition form = element.getSingleExtensionElement(ZeebeFormDefinition.class);
            if (form != null && form.getFormKey() != null) {
                node.headers.put(HEADER + "formKey", form.getFormKey());
            }
            ZeebeAssignmentDefinition assignment = element.getSingleExtensionElement(ZeebeAssignmentDefinition.class);
            if (assignment != null) {
                putIfPresent(node, "assignee", assignment.getAssignee());
                putIfPresent(node, "candidateGroups", assignment.getCandidateGroups());
                putIfPresent(node, "candidateUsers", assignment.getCandidateUsers());
            }
            ZeebeTaskSchedule schedule = element.getSingleExtensionElement(ZeebeTaskSchedule.class);
            if (schedule != null) {
                putIfPresent(node, "dueDate", schedule.getDueDate());
                putIfPresent(node, "followUpDate", schedule.getFollowUpDate());
            }
            return;
        }
        ZeebeTaskDefinition definition = element.getSingleExtensionElement(ZeebeTaskDefinition.class);
        if (definition == null || definition.getType() == null || definition.getType().isBlank()) {
            throw unsupported(node, "a task without zeebe:taskDefinition type");
        }
        node.jobType = new Node.Expression(definition.getType());
        node.jobRetries = new Node.Expression(definition.getRetries() == null ? "3" : definition.getRetries());
    }

    private static void putIfPresent(Node node, String header, String value) {
        if (value != null && !value.isBlank()) {
            node.userTaskHeaders.put(HEADER + header, new Node.Expression(value));
        }
    }

    private void eventDefinition(io.camunda.zeebe.model.bpmn.instance.Event event, Node node) {
        Collection<EventDefinition> definitions = switch (event) {
            case StartEvent start -> start.getEventDefinitions();
            case EndEvent end -> end.getEventDefinitions();
            case IntermediateCatchEvent intermediate -> intermediate.getEventDefinitions();
            case BoundaryEvent boundary -> boundary.getEventDefinitions();
            default -> throw unsupported(node, "this kind of event");
        };
        if (definitions.size() > 1) {
            throw unsupported(node, "an event with more than one event definition");
        }
        if (event instanceof BoundaryEvent boundary) {
            node.interrupting = boundary.cancelActivity();
        }
        if (event instanceof StartEvent start) {
            node.interrupting = start.isInterrupting();
        }
        for (EventDefinition definition : definitions) {
            switch (definition) {
                case TimerEventDefinition timer -> {
                    node.eventKind = Node.EventKind.TIMER;
                    if (timer.getTimeDate() != null) {
                        node.timerKind = Node.TimerKind.DATE;
                        node.timer = new Node.Expression(timer.getTimeDate().getTextContent().trim());
                    } else if (timer.getTimeDuration() != null) {
                        node.timerKind = Node.TimerKind.DURATION;
                        node.timer = new Node.Expression(timer.getTimeDuration().getTextContent().trim());
                    } else if (timer.getTimeCycle() != null) {
                        node.timerKind = Node.TimerKind.CYCLE;
                        node.timer = new Node.Expression(timer.getTimeCycle().getTextContent().trim());
                    } else {
                        throw unsupported(node, "a timer without timeDate, timeDuration or timeCycle");
                    }
                }
                case MessageEventDefinition message -> {
                    node.eventKind = Node.EventKind.MESSAGE;
                    if (message.getMessage() == null || message.getMessage().getName() == null) {
                        throw unsupported(node, "a message event without a message name");
                    }
                    node.messageName = message.getMessage().getName();
                    ZeebeSubscription subscription = message.getMessage().getSingleExtensionElement(ZeebeSubscription.class);
                    if (subscription != null && subscription.getCorrelationKey() != null) {
                        node.correlationKey = new Node.Expression(subscription.getCorrelationKey());
                    } else if (node.type != ElementType.START_EVENT) {
                        throw unsupported(node, "a message catch event without zeebe:subscription correlationKey");
                    }
                }
                case ErrorEventDefinition error -> {
                    node.eventKind = Node.EventKind.ERROR;
                    node.errorCode = error.getError() == null ? null : error.getError().getErrorCode();
                    if (node.type == ElementType.END_EVENT && (node.errorCode == null || node.errorCode.isBlank())) {
                        throw unsupported(node, "an error end event without an error code");
                    }
                }
                case TerminateEventDefinition ignored -> node.eventKind = Node.EventKind.TERMINATE;
                default -> throw unsupported(node, "an event definition of kind " + definition.getElementType().getTypeName());
            }
        }
        boolean allowed = switch (node.type) {
            case START_EVENT -> node.eventKind != Node.EventKind.TERMINATE;
            case END_EVENT -> node.eventKind == Node.EventKind.NONE || node.eventKind == Node.EventKind.ERROR
                    || node.eventKind == Node.EventKind.TERMINATE;
            case INTERMEDIATE_CATCH_EVENT -> node.eventKind == Node.EventKind.TIMER || node.eventKind == Node.EventKind.MESSAGE;
            case BOUNDARY_EVENT -> node.eventKind == Node.EventKind.TIMER || node.eventKind == Node.EventKind.MESSAGE
                    || node.eventKind == Node.EventKind.ERROR;
            default -> false;
        };
        if (!allowed) {
            throw unsupported(node, "a " + node.type.name().toLowerCase().replace('_', ' ') + " of kind " + node.eventKind);
        }
    }

    private ElementType typeOf(FlowElement element) {
        return switch (element) {
            case StartEvent ignored -> ElementType.START_EVENT;
            case EndEvent ignored -> ElementType.END_EVENT;
            case UserTask ignored -> ElementType.USER_TASK;
            case ServiceTask ignored -> ElementType.SERVICE_TASK;
            case SendTask ignored -> ElementType.SEND_TASK;
            case ExclusiveGateway ignored -> ElementType.EXCLUSIVE_GATEWAY;
            case ParallelGateway ignored -> ElementType.PARALLEL_GATEWAY;
            case InclusiveGateway ignored -> ElementType.INCLUSIVE_GATEWAY;
            case EventBasedGateway ignored -> ElementType.EVENT_BASED_GATEWAY;
            case IntermediateCatchEvent ignored -> ElementType.INTERMEDIATE_CATCH_EVENT;
            case BoundaryEvent ignored -> ElementType.BOUNDARY_EVENT;
            case SubProcess subProcess when subProcess.triggeredByEvent() -> ElementType.EVENT_SUB_PROCESS;
            case SubProcess ignored -> ElementType.SUB_PROCESS;
            case CallActivity ignored -> ElementType.CALL_ACTIVITY;
            default -> throw new UnsupportedModel(element.getId() + ": the engine does not run a "
                    + element.getElementType().getTypeName());
        };
    }

    private void validate(Node node) {
        if (node.type == ElementType.EVENT_BASED_GATEWAY) {
            for (Node target : node.eventGatewayTargets()) {
                if (target.type != ElementType.INTERMEDIATE_CATCH_EVENT) {
                    throw unsupported(node, "an event-based gateway followed by " + target.type + " " + target.id);
                }
            }
            if (node.outgoing.size() < 2) {
                throw unsupported(node, "an event-based gateway with fewer than two events");
            }
        }
        if (node.type == ElementType.EXCLUSIVE_GATEWAY || node.type == ElementType.INCLUSIVE_GATEWAY) {
            if (node.outgoing.size() > 1) {
                for (Node.Flow flow : node.outgoing) {
                    if (flow.condition() == null && !flow.id().equals(node.defaultFlowId)) {
                        throw unsupported(node, "flow " + flow.id() + " out of a gateway without a condition and not its default");
                    }
                }
            }
        }
        if (node.type == ElementType.BOUNDARY_EVENT && node.attachedTo != null && !node.attachedTo.type.isActivity()) {
            throw unsupported(node, "a boundary event on " + node.attachedTo.type);
        }
        if (node.type != ElementType.PROCESS && node.type != ElementType.BOUNDARY_EVENT && node.type != ElementType.START_EVENT
                && node.type != ElementType.EVENT_SUB_PROCESS && node.incoming.isEmpty()) {
            throw unsupported(node, "an element that no sequence flow reaches");
        }
    }

    /** Every element reachable from this one through sequence flows and boundary events, in its own flow scope. */
    private static Set<Node> reachableFrom(Node start) {
        Set<Node> seen = new HashSet<>();
        Deque<Node> queue = new ArrayDeque<>();
        queue.add(start);
        while (!queue.isEmpty()) {
            Node node = queue.poll();
            List<Node> next = new ArrayList<>(node.outgoing.stream().map(Node.Flow::target).toList());
            next.addAll(node.boundaryEvents);
            for (Node target : next) {
                if (seen.add(target)) {
                    queue.add(target);
                }
            }
        }
        return Set.copyOf(seen);
    }

    private static Set<String> sensitiveVariables(Process process) {
        ZeebeProperties properties = process.getSingleExtensionElement(ZeebeProperties.class);
        if (properties == null) {
            return Set.of();
        }
        return properties.getProperties().stream().filter(property -> "sensitiveVariables".equals(property.getName()))
                .flatMap(property -> Arrays.stream(property.getValue().split(","))).map(String::trim)
                .filter(name -> !name.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    private static UnsupportedModel unsupported(Node node, String what) {
        return new UnsupportedModel(node.id + ": the engine does not support " + what);
    }
}
