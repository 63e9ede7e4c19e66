package cn.zhishi.bulkload;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/** RFC 4180 CSV as PostgreSQL's COPY … CSV reads it: an empty unquoted field is null, "" an empty string. */
final class Csv {

    private Csv() {
    }

    static void writeRow(Writer out, Object... values) {
        try {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    out.write(',');
                }
                Object v = values[i];
                if (v == null) {
                    continue;
                }
                String s = v.toString();
                if (s.isEmpty() || s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0
                        || s.indexOf('\r') >= 0) {
                    out.write('"');
                    out.write(s.replace("\"", "\"\""));
                    out.write('"');
                } else {
                    out.write(s);
                }
            }
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The next record (which may span lines inside quotes), or null at the end; nulls for empty unquoted fields. */
    static List<String> readRow(BufferedReader in) throws IOException {
        String line = in.readLine();
        if (line == null) {
            return null;
        }
        List<String> fields = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        int i = 0;
        while (true) {
            if (i >= line.length()) {
                if (quoted) {
                    String next = in.readLine();
                    if (next == null) {
                        throw new IOException("unterminated quoted field");
                    }
                    cur.append('\n');
                    line = next;
                    i = 0;
                    continue;
                }
                fields.add(cur.length() == 0 && !wasQuoted ? null : cur.toString());
                return fields;
            }
            char c = line.charAt(i++);
            if (quoted) {
                if (c == '"') {
                    if (i < line.length() && line.charAt(i) == '"') {
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
            } else {
                cur.append(c);
            }
        }
    }
}
