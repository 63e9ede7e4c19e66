package cn.zhishi.bulkload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/** Writes RFC 4180 CSV as PostgreSQL's COPY … CSV reads it: null as an empty unquoted field, "" as an empty string. */
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
}
