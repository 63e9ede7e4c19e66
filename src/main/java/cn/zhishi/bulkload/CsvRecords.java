package cn.zhishi.bulkload;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The records of one UTF-8 CSV file, read as PostgreSQL's COPY … CSV reads them (RFC 4180; an empty
 * unquoted field is null, {@code ""} an empty string; a quoted field may span lines; a record ends at
 * LF or CRLF outside quotes). Works on the file's bytes: a field is decoded into a String only when a
 * check asks for it, and a field that goes on unchanged is copied into the COPY stream as the bytes it
 * was ({@link #field}) — decoding and encoding text was most of the loader's time.
 *
 * <p>A record that cannot be read whole — a quote left open at the end of the file — comes back with
 * what was read and {@link #broken()} says why, so the loader refuses that row with the reason instead
 * of stopping the load. The positions of the current record are valid until the next call of
 * {@link #next()}.
 */
final class CsvRecords {

    private final InputStream in;
    private byte[] buf = new byte[1 << 20];
    private int pos;
    private int limit;
    private boolean eof;
    private long consumed;
    private int[] starts = new int[32];
    private int[] ends = new int[32];
    private boolean[] quoted = new boolean[32];
    private int[] lengths = new int[32];
    private int[] kinds = new int[32];
    private int count;
    private String broken;

    CsvRecords(InputStream in) {
        this.in = in;
    }

    /** Why the current record could not be read whole; null when it could. */
    String broken() {
        return broken;
    }

    /** Bytes of the file read so far, for an estimate of the rows to come. */
    long bytesRead() {
        return consumed;
    }

    /** Moves to the next record; false at the end of the file. */
    boolean next() throws IOException {
        broken = null;
        while (true) {
            if (pos >= limit && eof) {
                return false;
            }
            int end = parse(pos);
            if (end >= 0) {
                consumed += end - pos;
                pos = end;
                return true;
            }
            if (eof) {
                // a quote left open: the record runs to the end of the file
                broken = "a quoted field is not closed before the end of the file";
                ends[count - 1] = limit;
                consumed += limit - pos;
                pos = limit;
                return true;
            }
            more();
        }
    }

    /** Keeps the unread bytes and reads more after them (a larger buffer for a record that needs it). */
    private void more() throws IOException {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        if (limit == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
            eof = true;
        } else {
            limit += n;
        }
    }

    /** Parses the record from {@code p}: the position after it, or -1 when the buffer ends first (and the file has more). */
    private int parse(int p) {
        count = 0;
        int i = p;
        while (true) {
            int start = i;
            boolean inQuotes = false;
            boolean anyQuote = false;
            // what the checks ask of an unquoted field, counted on the way: characters, CRs, and
            // whether it holds anything but ASCII white space
            int characters = 0;
            int crs = 0;
            int flags = 0;
            while (true) {
                if (i >= limit) {
                    if (!eof || inQuotes) {
                        if (inQuotes && eof) {
                            add(start, limit, true, 0, 0);
                        }
                        return -1;
                    }
                    add(start, i, anyQuote, characters, flags | (crs > 0 ? HAS_CR : 0));
                    return i;
                }
                byte b = buf[i];
                if (inQuotes) {
                    if (b == '"') {
                        if (i + 1 < limit && buf[i + 1] == '"') {
                            i += 2;
                            continue;
                        }
                        if (i + 1 >= limit && !eof) {
                            return -1; // a doubled quote may straddle the buffer's end
                        }
                        inQuotes = false;
                    }
                    i++;
                } else if (b == ',') {
                    add(start, i, anyQuote, characters, flags | (crs > 0 ? HAS_CR : 0));
                    i++;
                    break;
                } else if (b == '\n') {
                    if (i > start && buf[i - 1] == '\r') {
                        add(start, i - 1, anyQuote, characters - 1, flags | (crs > 1 ? HAS_CR : 0));
                    } else {
                        add(start, i, anyQuote, characters, flags | (crs > 0 ? HAS_CR : 0));
                    }
                    return i + 1;
                } else {
                    if (b < 0) {
                        flags |= NON_ASCII;
                        if ((b & 0xc0) != 0x80) {
                            characters++;
                        }
                    } else {
                        characters++;
                        if (b > ' ') {
                            flags |= VISIBLE_ASCII;
                            if (b == '"') {
                                inQuotes = true;
                                anyQuote = true;
                            }
                        } else if (b == '\r') {
                            crs++;
                        }
                    }
                    i++;
                }
            }
        }
    }

    private static final int HAS_CR = 1;
    private static final int VISIBLE_ASCII = 2;
    private static final int NON_ASCII = 4;

    private void add(int start, int end, boolean anyQuote, int characters, int flags) {
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
            quoted = Arrays.copyOf(quoted, count * 2);
            lengths = Arrays.copyOf(lengths, count * 2);
            kinds = Arrays.copyOf(kinds, count * 2);
        }
        starts[count] = start;
        ends[count] = end;
        quoted[count] = anyQuote;
        lengths[count] = characters;
        kinds[count] = flags;
        count++;
    }

    /** Fields of the current record. */
    int fields() {
        return count;
    }

    /** The field's value: null for an empty unquoted field. */
    String text(int i) {
        if (i >= count) {
            return null;
        }
        int s = starts[i];
        int e = ends[i];
        if (!quoted[i]) {
            return s == e ? null : new String(buf, s, e - s, StandardCharsets.UTF_8);
        }
        return new String(content(i), StandardCharsets.UTF_8);
    }

    private byte[] content(int i) {
        return unquote(buf, starts[i], ends[i]);
    }

    /** The value of a quoted field as bytes: its quotes taken away, doubled quotes made single. */
    private static byte[] unquote(byte[] buf, int start, int end) {
        byte[] out = new byte[end - start];
        int n = 0;
        boolean inQuotes = false;
        for (int k = start; k < end; k++) {
            byte b = buf[k];
            if (b == '"') {
                if (inQuotes && k + 1 < end && buf[k + 1] == '"') {
                    out[n++] = '"';
                    k++;
                } else {
                    inQuotes = !inQuotes;
                }
            } else {
                out[n++] = b;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** Whether the field is null, empty or only white space (as {@link String#isBlank}), mostly without decoding it. */
    boolean blank(int i) {
        if (i >= count || quoted[i] || (kinds[i] & (VISIBLE_ASCII | NON_ASCII)) == NON_ASCII) {
            // quoted, or only non-ASCII and white space (U+3000 is white space): decode
            String v = text(i);
            return v == null || v.isBlank();
        }
        return (kinds[i] & VISIBLE_ASCII) == 0;
    }

    /** The field's length in characters (code points), without decoding an unquoted field. */
    int length(int i) {
        if (i >= count) {
            return 0;
        }
        if (quoted[i]) {
            String v = text(i);
            return v.codePointCount(0, v.length());
        }
        return lengths[i];
    }

    /** 64-bit FNV-1a over the field's value (equal values, equal hashes, however they were quoted), continuing {@code h}. */
    long hash(int i, long h) {
        if (i >= count) {
            return h;
        }
        if (quoted[i]) {
            for (byte b : content(i)) {
                h = (h ^ (b & 0xff)) * 0x100000001b3L;
            }
            return h;
        }
        for (int k = starts[i]; k < ends[i]; k++) {
            h = (h ^ (buf[k] & 0xff)) * 0x100000001b3L;
        }
        return h;
    }

    /**
     * The field as it stands in the file, for writing on unchanged: COPY reads it back to the same
     * value. Valid until the next record is read.
     */
    Field field(int i) {
        return i >= count ? null : new Field(buf, starts[i], ends[i], quoted[i], (kinds[i] & HAS_CR) != 0);
    }

    /** Every field of the current record as text (a record kept beyond the next one: units). */
    List<String> all() {
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(text(i));
        }
        return out;
    }

    /** A field's bytes in the file; an unquoted empty one is null. */
    record Field(byte[] buf, int start, int end, boolean quoted, boolean hasCr) {

        boolean isNull() {
            return !quoted && start == end;
        }

        /** Whether the bytes may go into COPY … CSV as they are (an unquoted field with a lone CR may not). */
        boolean verbatim() {
            return quoted || !hasCr;
        }

        String text() {
            if (isNull()) {
                return null;
            }
            return quoted ? new String(unquote(buf, start, end), StandardCharsets.UTF_8)
                    : new String(buf, start, end - start, StandardCharsets.UTF_8);
        }
    }
}
