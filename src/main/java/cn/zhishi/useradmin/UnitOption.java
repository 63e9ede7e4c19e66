package cn.zhishi.useradmin;

/** A unit the security admin may put into a jurisdiction; {@code indent} is its depth below the top shown. */
record UnitOption(long id, String name, int indent) {
}
