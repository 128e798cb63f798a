package uk.stpartnership.engine.runtime;

import org.camunda.feel.api.EvaluationResult;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import uk.stpartnership.engine.model.Node;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Map;

/** FEEL, on the engine's clock, over the variables visible from a scope. */
final class Feel {

    private final FeelEngineApi engine;

    Feel(Clock clock) {
        this.engine = FeelEngineBuilder.forJava().withClock(() -> ZonedDateTime.now(clock)).build();
    }

    /** A Zeebe expression: FEEL when it starts with '=', else the literal text. */
    Object value(Node.Expression expression, Map<String, Object> variables, Incident.Type failure) {
        return expression.isFeel() ? evaluate(expression.feel(), variables, failure) : expression.text();
    }

    Object evaluate(String expression, Map<String, Object> variables, Incident.Type failure) {
        String feel = expression.startsWith("=") ? expression.substring(1) : expression;
        EvaluationResult result = engine.evaluateExpression(feel, variables);
        if (!result.isSuccess()) {
            throw new Incident(failure, "Failed to evaluate expression '" + feel + "': " + result.failure().message());
        }
        return Json.plain(result.result());
    }

    boolean condition(String expression, Map<String, Object> variables) {
        Object value = evaluate(expression, variables, Incident.Type.EXTRACT_VALUE_ERROR);
        if (value instanceof Boolean bool) {
            return bool;
        }
        throw new Incident(Incident.Type.EXTRACT_VALUE_ERROR, "Expected result of the expression '" + expression
                + "' to be 'BOOLEAN', but was '" + (value == null ? "NULL" : value.getClass().getSimpleName().toUpperCase()) + "'");
    }

    String text(Node.Expression expression, Map<String, Object> variables, Incident.Type failure) {
        Object value = value(expression, variables, failure);
        if (value == null) {
            throw new Incident(failure, "Expected result of the expression '" + expression.text() + "' to be 'STRING', but was 'NULL'");
        }
        return value instanceof Number || value instanceof String || value instanceof Boolean ? String.valueOf(value) : Json.write(value);
    }
}
