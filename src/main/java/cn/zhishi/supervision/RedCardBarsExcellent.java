package cn.zhishi.supervision;

/** [001] 雷山县教育局: "被红牌警告的干部当年考核不能评为“优秀”". */
public final class RedCardBarsExcellent {

    public static final String RULE = "RedCardBarsExcellent";
    public static final String SOURCE = "[001] 被红牌警告的干部当年考核不能评为“优秀”";
}
