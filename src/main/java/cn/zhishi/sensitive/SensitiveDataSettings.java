package cn.zhishi.sensitive;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param algorithm AES_GCM or SM4_GCM (国密 SM4 through BouncyCastle)
 * @param key base64 of 32 random bytes; empty means "generate once into the data directory"
 */
@ConfigurationProperties("zhishi.crypto")
public record SensitiveDataSettings(CipherAlgorithm algorithm, String key) {

    public SensitiveDataSettings {
        if (algorithm == null) {
            algorithm = CipherAlgorithm.AES_GCM;
        }
    }
}
