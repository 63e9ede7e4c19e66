package cn.zhishi.demo;

/** Where generated rows go: one row of a table (its columns after {@code id}); answers the id given to it. */
interface RowSink {

    long add(DemoTable table, Object... values);
}
