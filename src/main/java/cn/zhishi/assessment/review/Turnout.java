package cn.zhishi.assessment.review;

/** Codes issued and used per rater group (a used code says nothing about which ballot it cast). */
public record Turnout(RaterGroup group, int issued, int used) {

    public int percent() {
        return issued == 0 ? 0 : (int) Math.round(used * 100.0 / issued);
    }
}
