package cn.zhishi.assessment.review;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/** QR codes as SVG path data (ZXing core; no image libraries): one "M x y h1 v1 h-1 z" square per dark module. */
public final class QrCodes {

    private QrCodes() {
    }

    /** An SVG path for {@code text}, drawn on a grid of {@link Qr#size()} units (quiet zone included). */
    public static Qr of(String text) {
        try {
            BitMatrix m = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
            StringBuilder d = new StringBuilder();
            for (int y = 0; y < m.getHeight(); y++) {
                for (int x = 0; x < m.getWidth(); x++) {
                    if (m.get(x, y)) {
                        d.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                    }
                }
            }
            return new Qr(m.getWidth(), d.toString());
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode as QR", e);
        }
    }

    /** {@code size}: the side in modules, for the SVG viewBox; {@code path}: the dark modules. */
    public record Qr(int size, String path) {

        public String viewBox() {
            return "0 0 " + size + " " + size;
        }
    }
}
