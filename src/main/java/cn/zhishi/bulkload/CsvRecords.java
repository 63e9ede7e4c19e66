package cn.zhishi.bulkload;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The records of one CSV file, read as PostgreSQL's COPY … CSV reads them (RFC 4180; an empty
 * unquoted field is null, {@code ""} an empty string; a quoted field may span lines). A record that
 * cannot be read whole — a quote left open at the end of the file — comes back with what was read
 * and {@link #broken()} says why, so that the loader refuses that row with the reason instead of
 * stopping the load.
 */
final class CsvRecords {

    private final BufferedReader in;
    private final StringBuilder cur = new StringBuilder(256);
    private String broken;

    CsvRecords(BufferedReader in) {
        this.in = in;
    }

    /** Why the last record could not be read whole; null when it could. */
    String broken() {
        return broken;
    }

    /** The next record, or null at the end of the file. */
    List<String> next() throws IOException {
        broken = null;
        String line = in.readLine();
        if (line == null) {
            return null;
        }
        List<String> fields = new ArrayList<>(16);
        cur.setLength(0);
        boolean quoted = false;
        boolean wasQuoted = false;
        int i = 0;
        int n = line.length();
        while (true) {
            if (i >= n) {
                if (quoted) {
                    String more = in.readLine();
                    if (more == null) {
                        broken = "a quoted field is not closed before the end of the file";
                        fields.add(cur.toString());
                        return fields;
                    }
                    cur.append('\n');
                    line = more;
                    n = line.length();
                    i = 0;
                    continue;
                }
                fields.add(cur.length() == 0 && !wasQuoted ? null : cur.toString());
                return fields;
            }
            char c = line.charAt(i++);
            if (quoted) {
                if (c == '"') {
                    if (i < n && line.charAt(i) == '"') {
                        cur.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                wasQuoted = true;
            } else if (c == ',') {
                fields.add(cur.length() == 0 && !wasQuoted ? null : cur.toString());
                cur.setLength(0);
                wasQuoted = false;
            } else if (!wasQuoted && cur.length() == 0 && c != '"') {
                // the common case: an unquoted field runs to the next comma
                int end = line.indexOf(',', i - 1);
                int stop = end < 0 ? n : end;
                int quote = line.indexOf('"', i - 1);
                if (quote >= 0 && quote < stop) {
                    cur.append(c);
                } else {
                    fields.add(line.substring(i - 1, stop));
                    if (end < 0) {
                        return fields;
                    }
                    i = end + 1;
                    if (i >= n) {
                        fields.add(null);
                        return fields;
                    }
                }
            } else {
                cur.append(c);
            }
        }
    }
}
