package cn.zhishi.sensitive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SensitiveDataConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SensitiveDataConfiguration.class);

    @Bean
    SensitiveDataCipher sensitiveDataCipher(SensitiveDataSettings settings,
            @Value("${zhishi.data-dir}") String dataDir) {
        return new SensitiveDataCipher(settings.algorithm(), masterKey(settings.key(), Path.of(dataDir)));
    }

    /** The configured key, or one generated once and kept (owner-only) in the data directory. */
    static byte[] masterKey(String configured, Path dataDir) {
        if (configured != null && !configured.isBlank()) {
            return Base64.getDecoder().decode(configured.trim());
        }
        Path file = dataDir.resolve("zhishi.key");
        try {
            if (Files.exists(file)) {
                return Base64.getDecoder().decode(Files.readString(file).trim());
            }
            Files.createDirectories(dataDir);
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            Files.writeString(file, Base64.getEncoder().encodeToString(key));
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // non-POSIX file system: permissions are the operator's business
            }
            log.warn("Generated a new encryption key in {}. Back it up with the database: "
                    + "without it the encrypted ID and phone numbers cannot be read.", file.toAbsolutePath());
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
