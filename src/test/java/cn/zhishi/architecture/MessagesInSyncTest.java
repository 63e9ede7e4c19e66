package cn.zhishi.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Chinese message has an English twin and back; every message key a template uses exists;
 * templates carry no hard-coded Chinese outside th:text defaults.
 */
class MessagesInSyncTest {

    private static final Path MESSAGES = Path.of("src/main/resources/messages");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    @Test
    void everyBundleHasTheSameKeysInChineseAndEnglish() throws IOException {
        try (Stream<Path> files = Files.list(MESSAGES)) {
            for (Path zh : files.filter(p -> !p.getFileName().toString().contains("_")).toList()) {
                Path en = zh.resolveSibling(zh.getFileName().toString().replace(".properties", "_en.properties"));
                assertThat(load(en).stringPropertyNames()).as(en.toString())
                        .containsExactlyInAnyOrderElementsOf(load(zh).stringPropertyNames());
            }
        }
    }

    @Test
    void everyLiteralMessageKeyUsedInTemplatesExists() throws IOException {
        Set<String> keys = allKeys();
        Pattern literal = Pattern.compile("#\\{([A-Za-z][\\w.]*)[}(]");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path t : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher m = literal.matcher(Files.readString(t));
                while (m.find()) {
                    if (!keys.contains(m.group(1))) {
                        missing.add(TEMPLATES.relativize(t) + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyEnumConstantShownInPagesHasALabel() {
        Set<String> keys = allKeys();
        List<Class<? extends Enum<?>>> shown = List.of(cn.zhishi.cadre.Gender.class, cn.zhishi.cadre.CadreType.class,
                cn.zhishi.cadre.StudyMode.class, cn.zhishi.cadre.TagPolarity.class, cn.zhishi.org.NodeType.class,
                cn.zhishi.org.UnitDomain.class, cn.zhishi.org.UnitClass.class, cn.zhishi.org.TeamRole.class,
                cn.zhishi.org.KeyPostKind.class, cn.zhishi.security.Role.class);
        Set<String> missing = new TreeSet<>();
        for (Class<? extends Enum<?>> type : shown) {
            for (Enum<?> c : type.getEnumConstants()) {
                String key = "enum." + type.getSimpleName() + "." + c.name();
                if (!keys.contains(key)) {
                    missing.add(key);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static Set<String> allKeys() {
        Set<String> keys = new HashSet<>();
        try (Stream<Path> files = Files.list(MESSAGES)) {
            for (Path p : files.toList()) {
                keys.addAll(load(p).stringPropertyNames());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return keys;
    }

    private static Properties load(Path p) {
        Properties props = new Properties();
        try (var r = new InputStreamReader(Files.newInputStream(p), StandardCharsets.UTF_8)) {
            props.load(r);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return props;
    }
}
