package cn.zhishi.assessment.keywork;

import cn.zhishi.cadre.ProfileSection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The cadre's key-work sheets, year by year, on the profile. */
@Component
class KeyWorkOnProfile implements ProfileSection {

    private final KeyWork keyWork;
    private final MessageSource messages;

    KeyWorkOnProfile(KeyWork keyWork, MessageSource messages) {
        this.keyWork = keyWork;
        this.messages = messages;
    }

    @Override
    public List<Block> forCadre(long cadreId) {
        Locale locale = LocaleContextHolder.getLocale();
        List<String> lines = new ArrayList<>();
        List<KeyWorkSheet> sheets = keyWork.sheetsOf(cadreId);
        for (KeyWorkSheet s : sheets) {
            String state = s.getRating() != null
                    ? messages.getMessage("keyWork.rating", null, locale) + " " + messages.getMessage("enum.Rating." + s.getRating(), null, locale)
                    : messages.getMessage("enum.KeyWorkStatus." + s.getStatus(), null, locale);
            lines.add(messages.getMessage("keyWork.profileLine", new Object[] {s.getWorkYear(), s.getProjects().size(), state}, locale));
        }
        return lines.isEmpty() ? List.of() : List.of(new Block("keyWork.profileSection", lines, "/assessment/key-work/" + cadreId + "/"
                + sheets.get(0).getWorkYear()));
    }
}
