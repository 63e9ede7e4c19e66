package cn.zhishi.assessment.review;

/** A code just issued, shown once on the printable sheet: the code, its voting URL and QR code. */
public record IssuedCode(String code, RaterGroup group, String targetName, String url, QrCodes.Qr qr) {
}
