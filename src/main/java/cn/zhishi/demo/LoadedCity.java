package cn.zhishi.demo;

import java.util.Map;

/**
 * What {@link DemoDataLoader} wrote: the ids it gave the tree's nodes (by code) and the cadres (by
 * serial), and how many rows of each kind.
 */
public record LoadedCity(long rootUnitId, Map<String, Long> unitIds, long firstCadreId, Map<String, Integer> counts) {

    public LoadedCity {
        unitIds = Map.copyOf(unitIds);
        counts = Map.copyOf(counts);
    }

    public long unitId(String code) {
        Long id = unitIds.get(code);
        if (id == null) {
            throw new IllegalArgumentException("no unit " + code + " was loaded");
        }
        return id;
    }

    public long cadreId(CadreRecord cadre) {
        return firstCadreId + cadre.serial() - 1;
    }
}
