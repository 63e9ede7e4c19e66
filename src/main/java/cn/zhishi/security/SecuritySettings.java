package cn.zhishi.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param maxFailedLogins failed sign-ins in a row that lock an account
 * @param lockoutMinutes  how long the lock lasts
 */
@ConfigurationProperties("zhishi.security")
public record SecuritySettings(int maxFailedLogins, int lockoutMinutes) {

    public SecuritySettings {
        if (maxFailedLogins <= 0) {
            maxFailedLogins = 5;
        }
        if (lockoutMinutes <= 0) {
            lockoutMinutes = 15;
        }
    }
}
