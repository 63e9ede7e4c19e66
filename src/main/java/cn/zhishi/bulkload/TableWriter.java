package cn.zhishi.bulkload;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows into one table: COPY on PostgreSQL (rows written as CSV into the COPY stream, which the server
 * parses while the next rows are being checked), JDBC batches on H2. Values are strings, numbers,
 * booleans, dates and times (COPY takes their {@code toString}), null for none.
 */
abstract class TableWriter implements AutoCloseable {

    private long rows;
    private boolean closed;

    static TableWriter open(Database db, Connection connection, String table, List<String> columns) throws SQLException {
        return db == Database.POSTGRESQL ? new Copy(connection, table, columns) : new Batch(connection, table, columns);
    }

    final void add(Object... values) throws SQLException {
        write(values);
        rows++;
    }

    final long rows() {
        return rows;
    }

    abstract void write(Object[] values) throws SQLException;

    abstract void finish() throws SQLException;

    @Override
    public final void close() throws SQLException {
        if (!closed) {
            closed = true;
            finish();
        }
    }

    private static final class Copy extends TableWriter {

        private final CopyIn copy;
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 17);
        private final Writer text = new OutputStreamWriter(buffer, StandardCharsets.UTF_8);

        Copy(Connection connection, String table, List<String> columns) throws SQLException {
            copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "copy " + table + " (" + String.join(", ", columns) + ") from stdin with (format csv, encoding 'UTF8')");
        }

        @Override
        void write(Object[] values) throws SQLException {
            Csv.writeRow(text, values);
            if (buffer.size() > 1 << 16) {
                flush();
            }
        }

        private void flush() throws SQLException {
            try {
                text.flush();
            } catch (java.io.IOException e) {
                throw new SQLException(e);
            }
            byte[] b = buffer.toByteArray();
            copy.writeToCopy(b, 0, b.length);
            buffer.reset();
        }

        @Override
        void finish() throws SQLException {
            flush();
            copy.endCopy();
        }
    }

    private static final class Batch extends TableWriter {

        private static final int SIZE = 1000;
        private final PreparedStatement insert;
        private int waiting;

        Batch(Connection connection, String table, List<String> columns) throws SQLException {
            insert = connection.prepareStatement("insert into " + table + " (" + String.join(", ", columns) + ") values ("
                    + "?, ".repeat(columns.size() - 1) + "?)");
        }

        @Override
        void write(Object[] values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                if (values[i] == null) {
                    insert.setNull(i + 1, java.sql.Types.NULL);
                } else {
                    insert.setObject(i + 1, values[i]);
                }
            }
            insert.addBatch();
            if (++waiting >= SIZE) {
                insert.executeBatch();
                waiting = 0;
            }
        }

        @Override
        void finish() throws SQLException {
            if (waiting > 0) {
                insert.executeBatch();
            }
            insert.close();
        }
    }
}
