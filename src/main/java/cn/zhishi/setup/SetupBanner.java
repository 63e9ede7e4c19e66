package cn.zhishi.setup;

import cn.zhishi.security.Role;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The console banner of the first start, in Chinese and English: what was loaded, which accounts
 * exist, and each generated password — the only time it is ever shown. Printed to the console, not
 * logged, so the passwords do not end up in log files.
 */
@Component
class SetupBanner {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final Locale EN = Locale.ENGLISH;
    private static final String RULE = "=".repeat(78);
    private static final String INDENT = " ".repeat(14);

    private final MessageSource messages;

    SetupBanner(MessageSource messages) {
        this.messages = messages;
    }

    void print(PrintStream out, List<CreatedLogin> accounts, Optional<DemoCounty> demo) {
        StringBuilder b = new StringBuilder("\n").append(RULE).append('\n');
        line(b, "  ", "setup.banner.title");
        demo.ifPresent(d -> line(b, "  ", "setup.banner.demo", d.cityName(), d.countyName(), String.valueOf(d.cadres()),
                String.valueOf(d.seed())));
        line(b, "  ", "setup.banner.accounts");
        for (CreatedLogin a : accounts) {
            String roles = a.roles().stream().map(Role::name).collect(Collectors.joining(", "));
            b.append(String.format("  %-12s%s  [%s]%n", a.username(), a.displayName(), roles));
            if (a.jurisdiction().isEmpty()) {
                line(b, INDENT, "setup.banner.scope.none");
            } else {
                line(b, INDENT, "setup.banner.scope", String.join("、", a.jurisdiction()));
            }
            if (a.generatedPassword() != null) {
                line(b, INDENT, "setup.banner.password.generated", a.generatedPassword());
            } else {
                line(b, INDENT, "setup.banner.password.configured", a.passwordVariable());
            }
        }
        if (accounts.stream().anyMatch(a -> a.generatedPassword() != null)) {
            line(b, "  ", "setup.banner.once");
        }
        b.append(RULE).append('\n');
        out.print(b);
        out.flush();
    }

    /** One line per language: Chinese, then English. */
    private void line(StringBuilder b, String indent, String key, Object... args) {
        b.append(indent).append(text(ZH, key, args)).append('\n');
        b.append(indent).append(text(EN, key, args)).append('\n');
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
