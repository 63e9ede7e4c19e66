package cn.zhishi.supervision;

/**
 * [001] 雷山县教育局: "对不按时完成的进行黄牌提醒，被黄牌提醒两次以上的进行红牌警告". After a new yellow
 * card, a cadre with two or more yellow cards in the year and no red card yet gets a red card.
 */
public final class SecondYellowCardIsRed {

    public static final String SOURCE = "[001] 对不按时完成的进行黄牌提醒，被黄牌提醒两次以上的进行红牌警告";

    public boolean redCardDue(int yellowCardsThisYear, boolean alreadyRed) {
        return yellowCardsThisYear >= 2 && !alreadyRed;
    }
}
