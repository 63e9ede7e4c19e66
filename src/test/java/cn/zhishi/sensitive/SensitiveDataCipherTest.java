package cn.zhishi.sensitive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SensitiveDataCipherTest {

    private static final byte[] KEY = new byte[32];

    static {
        Arrays.fill(KEY, (byte) 7);
    }

    @ParameterizedTest
    @EnumSource(CipherAlgorithm.class)
    void aValueEncryptsToADifferentTextEachTimeAndDecryptsBack(CipherAlgorithm algorithm) {
        SensitiveDataCipher cipher = new SensitiveDataCipher(algorithm, KEY);
        String a = cipher.encrypt("11010519491231002X");
        String b = cipher.encrypt("11010519491231002X");
        assertThat(a).isNotEqualTo(b).doesNotContain("19491231");
        assertThat(cipher.decrypt(a)).isEqualTo("11010519491231002X");
    }

    @Test
    void switchingTheAlgorithmKeepsOldValuesReadable() {
        String sealedWithAes = new SensitiveDataCipher(CipherAlgorithm.AES_GCM, KEY).encrypt("13800001234");
        SensitiveDataCipher sm4 = new SensitiveDataCipher(CipherAlgorithm.SM4_GCM, KEY);
        assertThat(sm4.decrypt(sealedWithAes)).isEqualTo("13800001234");
        assertThat(sm4.encrypt("x")).startsWith("S1:");
    }

    @Test
    void aTamperedCiphertextIsRefused() {
        SensitiveDataCipher cipher = new SensitiveDataCipher(CipherAlgorithm.AES_GCM, KEY);
        String sealed = cipher.encrypt("secret");
        char last = sealed.charAt(sealed.length() - 2);
        String tampered = sealed.substring(0, sealed.length() - 2) + (last == 'A' ? 'B' : 'A') + sealed.charAt(sealed.length() - 1);
        assertThatThrownBy(() -> cipher.decrypt(tampered)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void digestsMatchEqualValuesRegardlessOfCaseAndSpacesAndDependOnTheKey() {
        SensitiveDataCipher cipher = new SensitiveDataCipher(CipherAlgorithm.AES_GCM, KEY);
        assertThat(cipher.digest(" 11010519491231002x")).isEqualTo(cipher.digest("11010519491231002X"));
        byte[] other = KEY.clone();
        other[0] = 1;
        assertThat(new SensitiveDataCipher(CipherAlgorithm.AES_GCM, other).digest("11010519491231002X"))
                .isNotEqualTo(cipher.digest("11010519491231002X"));
    }

    @Test
    void idAndPhoneNumbersAreMaskedInTheMiddle() {
        assertThat(Masking.idNumber("11010519491231002X")).isEqualTo("110105********002X");
        assertThat(Masking.phone("13812345678")).isEqualTo("138****5678");
        assertThat(Masking.idNumber(null)).isNull();
    }
}
