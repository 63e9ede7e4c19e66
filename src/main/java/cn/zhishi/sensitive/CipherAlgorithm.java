package cn.zhishi.sensitive;

/** The at-rest encryption algorithm. Both can always decrypt: each ciphertext names its own. */
public enum CipherAlgorithm {
    /** AES-256 in GCM mode. */
    AES_GCM("A1", "AES", "AES/GCM/NoPadding", 32),
    /** SM4 (GB/T 32907) in GCM mode, for jurisdictions that require the national algorithms. */
    SM4_GCM("S1", "SM4", "SM4/GCM/NoPadding", 16);

    final String tag;
    final String keyAlgorithm;
    final String transformation;
    final int keyBytes;

    CipherAlgorithm(String tag, String keyAlgorithm, String transformation, int keyBytes) {
        this.tag = tag;
        this.keyAlgorithm = keyAlgorithm;
        this.transformation = transformation;
        this.keyBytes = keyBytes;
    }

    static CipherAlgorithm ofTag(String tag) {
        for (CipherAlgorithm a : values()) {
            if (a.tag.equals(tag)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown cipher tag " + tag);
    }
}
