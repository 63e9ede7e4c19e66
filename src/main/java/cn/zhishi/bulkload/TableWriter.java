package cn.zhishi.bulkload;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows into one table: COPY on PostgreSQL (rows written as CSV into the COPY stream, which the server
 * parses while the next rows are being checked), JDBC batches on H2. Values are fields of the input
 * file ({@link CsvRecords.Field}: their bytes go on as they are), strings, numbers, booleans, dates and
 * times (COPY takes their {@code toString}, which is ASCII), null for none.
 */
abstract class TableWriter implements AutoCloseable {

    private long rows;
    private boolean closed;

    /** {@code frozen}: PostgreSQL writes the rows frozen (the table was created or emptied in this transaction). */
    static TableWriter open(Database db, Connection connection, String table, List<String> columns, boolean frozen)
            throws SQLException {
        return db == Database.POSTGRESQL ? new Copy(connection, table, columns, frozen, 0) : new Batch(connection, table, columns);
    }

    /**
     * PostgreSQL COPY that numbers the rows itself, from {@code firstId} up, in the column {@code id}:
     * for a table whose ids the load has reserved from its sequence — a sequence call per row is
     * measurable at ten million rows.
     */
    static TableWriter numbered(Connection connection, String table, List<String> columns, boolean frozen, long firstId)
            throws SQLException {
        return new Copy(connection, table, columns, frozen, firstId);
    }

    /** The id the next row would get ({@link #numbered} writers). */
    long nextId() {
        return 0;
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
        private byte[] buffer = new byte[1 << 17];
        private int size;
        private long nextId;

        Copy(Connection connection, String table, List<String> columns, boolean frozen, long firstId) throws SQLException {
            copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + table + " (" + (firstId > 0 ? "id, " : "")
                    + String.join(", ", columns) + ") from stdin with (format csv, encoding 'UTF8'" + (frozen ? ", freeze true" : "")
                    + ")");
            this.nextId = firstId;
        }

        @Override
        long nextId() {
            return nextId;
        }

        @Override
        void write(Object[] values) throws SQLException {
            if (nextId > 0) {
                putAscii(Long.toString(nextId++));
                put((byte) ',');
            }
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    put((byte) ',');
                }
                Object v = values[i];
                if (v instanceof CsvRecords.Field f) {
                    put(f.buf(), f.start(), f.end() - f.start());
                } else if (v instanceof String text) {
                    putText(text);
                } else if (v != null) {
                    putAscii(v.toString());
                }
            }
            put((byte) '\n');
            if (size > 1 << 16) {
                flush();
            }
        }

        /** A string as a CSV field: quoted when it is empty or holds a comma, quote or line break. */
        private void putText(String s) {
            boolean quote = s.isEmpty();
            for (int k = 0; k < s.length() && !quote; k++) {
                char ch = s.charAt(k);
                quote = ch == ',' || ch == '"' || ch == '\n' || ch == '\r';
            }
            byte[] bytes = (quote ? '"' + s.replace("\"", "\"\"") + '"' : s).getBytes(StandardCharsets.UTF_8);
            put(bytes, 0, bytes.length);
        }

        private void putAscii(String s) {
            room(s.length());
            for (int k = 0; k < s.length(); k++) {
                buffer[size++] = (byte) s.charAt(k);
            }
        }

        private void put(byte b) {
            room(1);
            buffer[size++] = b;
        }

        private void put(byte[] b, int off, int len) {
            room(len);
            System.arraycopy(b, off, buffer, size, len);
            size += len;
        }

        private void room(int n) {
            if (size + n > buffer.length) {
                buffer = java.util.Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + n));
            }
        }

        private void flush() throws SQLException {
            copy.writeToCopy(buffer, 0, size);
            size = 0;
        }

        @Override
        void finish() throws SQLException {
            if (!copy.isActive()) {
                return; // ended by an error the server reported; the caller has that error
            }
            try {
                flush();
                copy.endCopy();
            } catch (SQLException e) {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
                throw e;
            }
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
                } else if (values[i] instanceof CsvRecords.Field f) {
                    insert.setString(i + 1, f.text());
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
