package uk.stpartnership.engine.runtime;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Zeebe-style keys (partition 1 in the top bits), handed out from blocks of the database's sequence so that a command
 * costs no round trip for its keys and a restart never reuses one.
 */
final class Keys {

    private static final long PARTITION_ONE = 1L << 51;
    private static final int BLOCK = 1000;

    private final DataSource dataSource;
    private final String schema;
    private long next;
    private long end;

    Keys(DataSource dataSource, String schema) {
        this.dataSource = dataSource;
        this.schema = schema;
    }

    synchronized long next() {
        if (next == end) {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                 ResultSet block = statement.executeQuery("SELECT nextval('" + schema + ".key_block')")) {
                block.next();
                next = PARTITION_ONE + block.getLong(1) * BLOCK;
                end = next + BLOCK;
            } catch (SQLException e) {
                throw new IllegalStateException("Could not take a block of keys", e);
            }
        }
        return next++;
    }
}
