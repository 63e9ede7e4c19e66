package cn.zhishi.supervision;

import cn.zhishi.org.UnitSection;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The yellow and red cards of the unit's cadres, with their reasons, on the unit overview (issue 4 §7). */
@Component
class CardsOnUnit implements UnitSection {

    private final Supervision supervision;
    private final MessageSource messages;

    CardsOnUnit(Supervision supervision, MessageSource messages) {
        this.supervision = supervision;
        this.messages = messages;
    }

    @Override
    public List<Block> forUnit(long unitId) {
        Locale locale = LocaleContextHolder.getLocale();
        List<String> lines = supervision.cardsIn(List.of(unitId)).stream()
                .map(c -> c.issuedOn() + " " + c.cadreName() + " "
                        + messages.getMessage("enum.CardColour." + c.colour(), null, locale) + "：" + c.reason())
                .toList();
        return lines.isEmpty() ? List.of() : List.of(new Block("unit-cards", "unit.cards.title", lines, "/supervision"));
    }
}
