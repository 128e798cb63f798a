package uk.stpartnership.engine.runtime;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Zeebe-style keys (partition 1 in the top bits), handed out from blocks of the database's sequence so that a command
 * costs no round trip for its keys and a restart never reuses one. A new block is taken on the command's own connection:
 * taking another from the pool while holding this monitor deadlocks once every connection is held by a command waiting
 * here. (nextval is never rolled back, so a block taken by a command that then rolls back is simply not reused.)
 */
final class Keys {

    private static final long PARTITION_ONE = 1L << 51;
    private static final int BLOCK = 1000;

    private final String schema;
    private long next;
    private long end;

    Keys(String schema) {
        this.schema = schema;
    }

    /** @param connection the connection of the command that needs the key */
    synchronized long next(Connection connection) {
        if (next == end) {
            try (Statement statement = connection.createStatement();
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
