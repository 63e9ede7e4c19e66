package cn.zhishi.setup;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhishi.security.Role;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class SetupBannerTest {

    private final SetupBanner banner = new SetupBanner(messages());

    @Test
    void the_banner_shows_each_generated_password_in_both_languages_and_never_a_configured_one() {
        String text = print(List.of(
                new CreatedLogin("admin", "系统管理员", EnumSet.of(Role.SYSTEM_ADMIN, Role.ORG_ADMIN), List.of("云岭市"),
                        "Gen3ratedPassw0rd", "ZHISHI_ADMIN_PASSWORD"),
                new CreatedLogin("auditor", "审计管理员", EnumSet.of(Role.AUDITOR), List.of("云岭市"), null,
                        "ZHISHI_AUDITOR_PASSWORD")),
                Optional.of(new DemoCounty("云岭市", 2, "青山县", List.of(), new DemoCounty.Cadre(1, "张伟", 3), 120, 7)));

        assertThat(text).contains("知事识人 · 首次启动", "zhishi - first start")
                .contains("已载入演示数据：云岭市青山县，120 名干部")
                .contains("admin", "[SYSTEM_ADMIN, ORG_ADMIN]", "管辖范围：云岭市", "Jurisdiction: 云岭市")
                .contains("初始密码：Gen3ratedPassw0rd（首次登录后须修改）")
                .contains("Initial password: Gen3ratedPassw0rd (must be changed at first sign-in)")
                .contains("Password: as configured in ZHISHI_AUDITOR_PASSWORD")
                .contains("Generated passwords are shown here only once");
    }

    @Test
    void without_generated_passwords_there_is_no_reminder_to_write_them_down() {
        String text = print(List.of(new CreatedLogin("secadmin", "安全管理员", EnumSet.of(Role.SECURITY_ADMIN), List.of(),
                null, "ZHISHI_SECADMIN_PASSWORD")), Optional.empty());

        assertThat(text).contains("管辖范围：暂无，请由安全管理员分配", "Jurisdiction: none yet").doesNotContain("只在此显示一次", "Demo data");
    }

    private String print(List<CreatedLogin> accounts, Optional<DemoCounty> demo) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        banner.print(new PrintStream(bytes, true, StandardCharsets.UTF_8), accounts, demo);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource m = new ResourceBundleMessageSource();
        m.setBasename("messages/setup");
        m.setDefaultEncoding("UTF-8");
        m.setFallbackToSystemLocale(false);
        return m;
    }
}
