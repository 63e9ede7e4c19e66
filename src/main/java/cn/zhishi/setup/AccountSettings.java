package cn.zhishi.setup;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Passwords of the accounts the first start creates. A blank one is generated, printed once and must
 * be changed at first sign-in; a configured one must be strong (≥ 10 characters, letters and digits)
 * and is not forced to change.
 *
 * @param adminPassword {@code zhishi.admin-password} (ZHISHI_ADMIN_PASSWORD)
 */
@ConfigurationProperties("zhishi")
record AccountSettings(String adminPassword, Accounts accounts) {

    AccountSettings {
        adminPassword = blankToNull(adminPassword);
        accounts = accounts == null ? new Accounts(null, null, null) : accounts;
    }

    /**
     * @param securityAdminPassword {@code zhishi.accounts.security-admin-password} (ZHISHI_SECADMIN_PASSWORD)
     * @param auditorPassword       {@code zhishi.accounts.auditor-password} (ZHISHI_AUDITOR_PASSWORD)
     * @param demoPassword          {@code zhishi.accounts.demo-password} (ZHISHI_DEMO_PASSWORD), shared by the demo accounts
     */
    record Accounts(String securityAdminPassword, String auditorPassword, String demoPassword) {

        Accounts {
            securityAdminPassword = blankToNull(securityAdminPassword);
            auditorPassword = blankToNull(auditorPassword);
            demoPassword = blankToNull(demoPassword);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
