package cn.zhishi.excel;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The words a workbook may use for enum values (男/女, 党政正职 …) and for yes/no. Labels come from
 * {@code imports.choice.*} messages; a cell may hold the Chinese label, the English label or the
 * constant's name, so a sheet filled in either language reads the same.
 */
@Component
class ImportVocabulary {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final MessageSource messages;
    private final Map<Class<?>, Map<String, Enum<?>>> choices = new ConcurrentHashMap<>();

    ImportVocabulary(MessageSource messages) {
        this.messages = messages;
    }

    String label(Enum<?> value, Locale locale) {
        String code = "imports.choice." + value.getDeclaringClass().getSimpleName() + "." + value.name();
        return messages.getMessage(code, null, value.name(), locale);
    }

    List<String> labels(Class<? extends Enum<?>> type, Locale locale) {
        return Arrays.stream(type.getEnumConstants()).map(v -> label(v, locale)).toList();
    }

    /** The constant whose label (Chinese or English) or name is {@code text}. */
    Optional<Enum<?>> choice(Class<? extends Enum<?>> type, String text) {
        // asked for every cell of a choice column, so the words are gathered once per type
        Map<String, Enum<?>> words = choices.computeIfAbsent(type, t -> {
            Map<String, Enum<?>> m = new HashMap<>();
            for (Enum<?> v : type.getEnumConstants()) {
                m.put(v.name().toLowerCase(Locale.ROOT), v);
                m.put(label(v, Locale.ENGLISH).toLowerCase(Locale.ROOT), v);
                m.put(label(v, CHINESE), v);
            }
            return m;
        });
        return Optional.ofNullable(words.get(text.trim().toLowerCase(Locale.ROOT)));
    }

    String yes(Locale locale) {
        return messages.getMessage("imports.choice.yes", null, "是", locale);
    }

    String no(Locale locale) {
        return messages.getMessage("imports.choice.no", null, "否", locale);
    }

    /** 是/否 in either language, Y/N, true/false or 1/0; empty when the text is none of them. */
    Optional<Boolean> yesNo(String text) {
        String t = text.trim();
        if (t.equals(yes(CHINESE)) || t.equalsIgnoreCase(yes(Locale.ENGLISH)) || List.of("y", "true", "1").contains(t.toLowerCase())) {
            return Optional.of(true);
        }
        if (t.equals(no(CHINESE)) || t.equalsIgnoreCase(no(Locale.ENGLISH)) || List.of("n", "false", "0").contains(t.toLowerCase())) {
            return Optional.of(false);
        }
        return Optional.empty();
    }
}
