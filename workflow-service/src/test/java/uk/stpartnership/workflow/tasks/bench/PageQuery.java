package uk.stpartnership.workflow.tasks.bench;

import uk.stpartnership.workflow.tasks.TaskRepository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The page query of "my tasks" (TaskRepository.MY_OPEN_PAGE, page 0 of 20) for {@link TaskLoad#PERSON} over plain
 * JDBC, its named parameters bound as the service binds them.
 */
public final class PageQuery {

    private static final Pattern NAMED = Pattern.compile("(?<![:\\w]):(\\w+)");
    public static final int SIZE = 20;

    private PageQuery() {
    }

    public static PreparedStatement prepare(Connection c) throws SQLException {
        return prepare(c, "");
    }

    /** The query with a prefix (EXPLAIN ...), bound. */
    public static PreparedStatement prepare(Connection c, String prefix) throws SQLException {
        Map<String, Object> values = Map.of("person", TaskLoad.PERSON.id(), "borough", TaskLoad.PERSON.organisation(),
                "roles", c.createArrayOf("text", TaskLoad.PERSON.roles().split(",")), "reach", SIZE, "size", SIZE, "offset", 0);
        Matcher named = NAMED.matcher(TaskRepository.MY_OPEN_PAGE);
        List<Object> bound = new ArrayList<>();
        StringBuilder sql = new StringBuilder(prefix);
        while (named.find()) {
            bound.add(values.get(named.group(1)));
            named.appendReplacement(sql, "?");
        }
        named.appendTail(sql);
        PreparedStatement s = c.prepareStatement(sql.toString());
        for (int i = 0; i < bound.size(); i++) {
            s.setObject(i + 1, bound.get(i));
        }
        return s;
    }
}
