package cn.zhishi.org;

/** A tree node is a region (市/县/乡 as a place) or a unit (单位) with people and posts. */
public enum NodeType {
    REGION, UNIT
}
