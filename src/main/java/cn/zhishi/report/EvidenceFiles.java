package cn.zhishi.report;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What an uploaded evidence file really is, from its first bytes (magic numbers), never from the name or
 * the browser's content type: PDF, PNG, JPEG, GIF, Office Open XML (a ZIP named .docx/.xlsx/.pptx) or the
 * legacy Office formats (an OLE2 compound file named .doc/.xls/.ppt). Anything else is refused.
 */
public final class EvidenceFiles {

    public static final long MAX_BYTES = 10L * 1024 * 1024;

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] GIF = "GIF8".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP = {'P', 'K', 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};

    private EvidenceFiles() {
    }

    /** The content type to store and serve, or empty when the bytes are not an accepted kind. */
    public static Optional<String> sniff(byte[] head, String fileName) {
        String ext = extension(fileName);
        if (startsWith(head, PDF)) {
            return Optional.of("application/pdf");
        }
        if (startsWith(head, PNG)) {
            return Optional.of("image/png");
        }
        if (startsWith(head, JPEG)) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(head, GIF)) {
            return Optional.of("image/gif");
        }
        if (startsWith(head, ZIP)) {
            switch (ext) {
                case "docx": return Optional.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
                case "xlsx": return Optional.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
                case "pptx": return Optional.of("application/vnd.openxmlformats-officedocument.presentationml.presentation");
                default: return Optional.empty();
            }
        }
        if (startsWith(head, OLE2)) {
            switch (ext) {
                case "doc": return Optional.of("application/msword");
                case "xls": return Optional.of("application/vnd.ms-excel");
                case "ppt": return Optional.of("application/vnd.ms-powerpoint");
                default: return Optional.empty();
            }
        }
        return Optional.empty();
    }

    static String extension(String name) {
        if (name == null) {
            return "";
        }
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
    }
}
