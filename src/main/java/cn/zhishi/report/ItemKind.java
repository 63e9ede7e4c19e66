package cn.zhishi.report;

/** Where an item comes from: the annual goals' monthly plan, ad-hoc work, or carried over unfinished. */
public enum ItemKind {
    PLANNED, ADHOC, CARRIED
}
