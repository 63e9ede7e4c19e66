package cn.zhishi.demo;

/** A generated leadership team (领导班子), one per unit. */
public record TeamRecord(String unitCode, String name) {
}
