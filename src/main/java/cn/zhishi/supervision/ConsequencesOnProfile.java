package cn.zhishi.supervision;

import cn.zhishi.cadre.ProfileSection;
import cn.zhishi.report.GradeConstraints;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Cards, grade constraints and public criticisms on the cadre profile. */
@Component
class ConsequencesOnProfile implements ProfileSection {

    private final Supervision supervision;
    private final GradeConstraints constraints;
    private final MessageSource messages;

    ConsequencesOnProfile(Supervision supervision, GradeConstraints constraints, MessageSource messages) {
        this.supervision = supervision;
        this.constraints = constraints;
        this.messages = messages;
    }

    @Override
    public List<Block> forCadre(long cadreId) {
        Locale locale = LocaleContextHolder.getLocale();
        List<String> lines = new ArrayList<>();
        for (Supervision.Card c : supervision.cardsOf(cadreId)) {
            lines.add(c.issuedOn() + " " + messages.getMessage("enum.CardColour." + c.colour(), null, locale) + "：" + c.reason());
        }
        for (GradeConstraints.Constraint c : constraints.of(cadreId)) {
            lines.add(c.year() + " " + messages.getMessage("enum.GradeConstraintKind." + c.kind(), null, locale)
                    + "（" + c.source() + "；" + c.evidence() + "）");
        }
        for (String s : constraints.criticismsOf(cadreId)) {
            lines.add(messages.getMessage("profile.criticism", null, locale) + "：" + s);
        }
        return lines.isEmpty() ? List.of() : List.of(new Block("profile.consequences", lines, null));
    }
}
