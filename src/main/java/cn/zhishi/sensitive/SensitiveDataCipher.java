package cn.zhishi.sensitive;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.Security;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * Encrypts sensitive values for storage and computes keyed digests (HMAC-SHA256) used to find
 * a record by its value (e.g. match an imported row on ID number) without decrypting anything.
 * <p>Stored form: {@code <tag>:<base64(iv || ciphertext+tag)>}; the tag names the algorithm,
 * so switching the setting keeps old values readable. Keys for each algorithm and for the digest
 * are derived from the one master key with distinct labels.
 */
public final class SensitiveDataCipher {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int IV_BYTES = 12;

    static {
        if (Security.getProvider(BouncyCastleProvider.PROVIDER_NAME) == null) {
            Security.addProvider(new BouncyCastleProvider());
        }
    }

    private final CipherAlgorithm algorithm;
    private final byte[] masterKey;
    // derived once: a bulk load digests and encrypts tens of thousands of values in a row
    private final java.util.Map<CipherAlgorithm, SecretKeySpec> keys = new java.util.EnumMap<>(CipherAlgorithm.class);
    private final SecretKeySpec digestKey;
    private final ThreadLocal<Mac> macs;
    /** A Cipher per algorithm and thread: looking one up is dearer than the encryption (bulk loads encrypt 10^5 values). */
    private final ThreadLocal<java.util.Map<CipherAlgorithm, Cipher>> ciphers = ThreadLocal.withInitial(() -> {
        java.util.Map<CipherAlgorithm, Cipher> map = new java.util.EnumMap<>(CipherAlgorithm.class);
        for (CipherAlgorithm a : CipherAlgorithm.values()) {
            try {
                map.put(a, cipher(a));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(a + " is not available", e);
            }
        }
        return map;
    });

    public SensitiveDataCipher(CipherAlgorithm algorithm, byte[] masterKey) {
        if (masterKey.length < 32) {
            throw new IllegalArgumentException("encryption key must be 32 bytes");
        }
        this.algorithm = algorithm;
        this.masterKey = masterKey.clone();
        for (CipherAlgorithm alg : CipherAlgorithm.values()) {
            keys.put(alg, new SecretKeySpec(derive(alg.name(), alg.keyBytes), alg.keyAlgorithm));
        }
        this.digestKey = new SecretKeySpec(derive("digest", 32), "HmacSHA256");
        this.macs = ThreadLocal.withInitial(() -> {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(digestKey);
                return mac;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    public String encrypt(String plain) {
        if (plain == null) {
            return null;
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher c = ciphers.get().get(algorithm);
            c.init(Cipher.ENCRYPT_MODE, key(algorithm), new GCMParameterSpec(128, iv));
            byte[] ct = c.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[iv.length + ct.length];
            System.arraycopy(iv, 0, out, 0, iv.length);
            System.arraycopy(ct, 0, out, iv.length, ct.length);
            return algorithm.tag + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    public String decrypt(String stored) {
        if (stored == null) {
            return null;
        }
        int colon = stored.indexOf(':');
        CipherAlgorithm alg = CipherAlgorithm.ofTag(stored.substring(0, colon));
        byte[] all = Base64.getDecoder().decode(stored.substring(colon + 1));
        try {
            Cipher c = ciphers.get().get(alg);
            c.init(Cipher.DECRYPT_MODE, key(alg), new GCMParameterSpec(128, all, 0, IV_BYTES));
            return new String(c.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("decryption failed (wrong key?)", e);
        }
    }

    /** Keyed digest of a normalised value; equal values give equal digests. */
    public String digest(String plain) {
        // doFinal resets the Mac for the next value
        return HexFormat.of().formatHex(macs.get().doFinal(plain.trim().toUpperCase().getBytes(StandardCharsets.UTF_8)));
    }

    public CipherAlgorithm algorithm() {
        return algorithm;
    }

    private static Cipher cipher(CipherAlgorithm alg) throws GeneralSecurityException {
        return alg == CipherAlgorithm.SM4_GCM
                ? Cipher.getInstance(alg.transformation, BouncyCastleProvider.PROVIDER_NAME)
                : Cipher.getInstance(alg.transformation);
    }

    private SecretKeySpec key(CipherAlgorithm alg) {
        return keys.get(alg);
    }

    private byte[] derive(String label, int length) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(masterKey);
            sha.update(label.getBytes(StandardCharsets.UTF_8));
            byte[] full = sha.digest();
            byte[] out = new byte[length];
            System.arraycopy(full, 0, out, 0, length);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
