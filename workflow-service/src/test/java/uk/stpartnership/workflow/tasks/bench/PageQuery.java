package uk.stpartnership.workflow.tasks.bench;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import uk.stpartnership.workflow.tasks.TaskRepository;

import java.io.IOException;
import java.io.UncheckedIOException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The page query of "my tasks" (TaskRepository.MY_OPEN_PAGE, page 0 of 20) for {@link TaskLoad#PERSON}, its named
 * parameters bound as the service binds them: over JDBC, or as an SQL prepared statement (to EXPLAIN its generic plan).
 */
public final class PageQuery {

    public static final int SIZE = 20;
    private static final JsonMapper JSON = JsonMapper.createDefault();
    private static final Pattern NAMED = Pattern.compile("(?<![:\\w]):(\\w+)");
    /** Each parameter's SQL type and value as a literal; the reach is the page's, or how far a count goes. */
    private static Map<String, String[]> parameters(int reach) {
        return Map.of(
                "person", new String[] {"text", "'" + TaskLoad.PERSON.id() + "'"},
                "borough", new String[] {"text", "'" + TaskLoad.PERSON.organisation() + "'"},
                "roles", new String[] {"text[]", "'{" + TaskLoad.PERSON.roles() + "}'"},
                "reach", new String[] {"int", Integer.toString(reach)},
                "size", new String[] {"int", Integer.toString(SIZE)},
                "offset", new String[] {"int", "0"});
    }

    private PageQuery() {
    }

    /** The page over JDBC, every parameter a ? as Micronaut Data sends it. */
    public static PreparedStatement prepare(Connection c) throws SQLException {
        return prepare(c, TaskRepository.MY_OPEN_PAGE, SIZE);
    }

    /** The count over JDBC, counting as far as {@code reach}. */
    public static PreparedStatement prepareCount(Connection c, int reach) throws SQLException {
        return prepare(c, TaskRepository.MY_OPEN_COUNT, reach);
    }

    private static PreparedStatement prepare(Connection c, String query, int reach) throws SQLException {
        List<String> names = new ArrayList<>();
        PreparedStatement s = c.prepareStatement(placeholders(query, names, false));
        for (int i = 0; i < names.size(); i++) {
            s.setObject(i + 1, switch (names.get(i)) {
                case "person" -> TaskLoad.PERSON.id();
                case "borough" -> TaskLoad.PERSON.organisation();
                case "roles" -> c.createArrayOf("text", TaskLoad.PERSON.roles().split(","));
                case "reach" -> reach;
                case "offset" -> 0;
                default -> SIZE;
            });
        }
        return s;
    }

    /**
     * PREPAREs a query of TaskRepository (its page or its count) as {@code name}; answers the EXECUTE of it with the
     * parameters' values.
     */
    static String prepareAs(Statement s, String name, String query, int reach) throws SQLException {
        List<String> names = new ArrayList<>();
        String sql = placeholders(query, names, true);
        Map<String, String[]> parameters = parameters(reach);
        s.execute("DEALLOCATE ALL");
        s.execute("PREPARE " + name + "(" + String.join(", ", names.stream().map(n -> parameters.get(n)[0]).toList()) + ") AS " + sql);
        return "EXECUTE " + name + "(" + String.join(", ", names.stream().map(n -> parameters.get(n)[1]).toList()) + ")";
    }

    /** What EXPLAIN (ANALYZE, BUFFERS) saw: the plan's nodes, and the shared buffers hit and read running it. */
    public record Explained(String plan, long sharedBuffers) {
    }

    /** A query of TaskRepository run as a prepared statement, explained; planning's own reads are not counted. */
    @SuppressWarnings("unchecked")
    public static Explained explain(Connection c, String query, int reach) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) " + prepareAs(s, "my_tasks", query, reach))) {
            r.next();
            List<Map<String, Object>> explained = JSON.readValue(r.getString(1), Argument.listOf(Argument.mapOf(String.class, Object.class)));
            Map<String, Object> plan = (Map<String, Object>) explained.get(0).get("Plan");
            return new Explained(shape(plan), ((Number) plan.get("Shared Hit Blocks")).longValue()
                    + ((Number) plan.get("Shared Read Blocks")).longValue());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The plan's nodes, depth first: what kind of scan each branch got. */
    @SuppressWarnings("unchecked")
    private static String shape(Map<String, Object> node) {
        String name = node.get("Node Type") + (node.containsKey("Index Name") ? " " + node.get("Index Name") : "");
        List<Map<String, Object>> children = (List<Map<String, Object>>) node.getOrDefault("Plans", List.of());
        return children.isEmpty() ? name : name + " (" + String.join(", ", children.stream().map(PageQuery::shape).toList()) + ")";
    }

    /**
     * The query with each named parameter replaced by ? (names collects every use) or, numbered, by $n (names collects
     * each parameter once).
     */
    private static String placeholders(String query, List<String> names, boolean numbered) {
        Matcher named = NAMED.matcher(query);
        StringBuilder sql = new StringBuilder();
        while (named.find()) {
            String name = named.group(1);
            if (!numbered || !names.contains(name)) {
                names.add(name);
            }
            named.appendReplacement(sql, Matcher.quoteReplacement(numbered ? "$" + (names.indexOf(name) + 1) : "?"));
        }
        return named.appendTail(sql).toString();
    }
}
