package cn.zhishi.demo;

import cn.zhishi.org.NodeType;
import cn.zhishi.org.UnitClass;
import cn.zhishi.org.UnitDomain;

/**
 * A generated node of the organisation tree (区域 or 单位). Codes are unique and path-safe;
 * {@code path} is the chain of codes from the root ({@code /YL/YL-C01/YL-C01-T01/}).
 *
 * @param parentCode null for the root
 * @param domain     null for regions
 * @param unitClass  null for regions
 */
public record UnitRecord(String code, String parentCode, String name, NodeType nodeType, UnitDomain domain,
        UnitClass unitClass, String unitLevel, String path, int depth, int sortOrder) {

    public boolean isTownship() {
        return unitClass == UnitClass.TOWNSHIP;
    }
}
