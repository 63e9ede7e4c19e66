package cn.zhishi.report;

/**
 * [001] 雷山县: "对一绩多用、弄虚作假、争功诿过的，对单位及其本人给予全县通报批评". A founded complaint of
 * double claiming, falsification or taking others' credit → 通报批评 for the cadre and the unit.
 */
public final class FoundedFalsificationMeansPublicCriticism {

    public static final String RULE = "FoundedFalsificationMeansPublicCriticism";
    public static final String SOURCE = "[001] 对一绩多用、弄虚作假、争功诿过的，对单位及其本人给予全县通报批评";

    public boolean applies(ComplaintKind kind, boolean founded) {
        return founded && kind != ComplaintKind.OTHER;
    }
}
