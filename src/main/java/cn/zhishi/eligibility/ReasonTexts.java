package cn.zhishi.eligibility;

import cn.zhishi.dictionary.Dictionaries;
import cn.zhishi.eligibility.policy.Reason;
import cn.zhishi.eligibility.policy.RuleResult;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Turns a rule's reason into a sentence in the user's language: evidence arguments that are message
 * keys ({@code enum.…}) or dictionary codes ({@code dict.<dictionary>.<code>}) are resolved first.
 */
@Component
public class ReasonTexts {

    private final MessageSource messages;
    private final Dictionaries dictionaries;

    ReasonTexts(MessageSource messages, Dictionaries dictionaries) {
        this.messages = messages;
        this.dictionaries = dictionaries;
    }

    public String of(Reason r) {
        var locale = LocaleContextHolder.getLocale();
        Object[] args = r.args().stream().map(a -> {
            if (a instanceof String s && s.startsWith("enum.")) {
                return messages.getMessage(s, null, s.substring(s.lastIndexOf('.') + 1), locale);
            }
            if (a instanceof String s && s.startsWith("dict.")) {
                String[] parts = s.split("\\.", 3);
                return dictionaries.label(parts[1], parts[2]);
            }
            return a;
        }).toArray();
        return messages.getMessage(r.messageKey(), args, r.messageKey(), locale);
    }

    public String rule(String code) {
        return messages.getMessage("rule." + code, null, code, LocaleContextHolder.getLocale());
    }

    /** All reasons of a failed rule, joined. */
    public String all(RuleResult result) {
        return String.join("；", result.reasons().stream().map(this::of).toList());
    }
}
