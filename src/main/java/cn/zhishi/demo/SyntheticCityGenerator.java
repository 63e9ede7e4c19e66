package cn.zhishi.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * 演示数据生成器: makes a fictional jurisdiction from a {@link CitySpec}. Deterministic — the same spec
 * gives the same city, record for record — because every choice comes from a seeded
 * {@link java.util.SplittableRandom} and nothing depends on time or hash ordering. Work is linear in
 * the number of cadres.
 */
public final class SyntheticCityGenerator {

    private SyntheticCityGenerator() {
    }

    public static SyntheticCity generate(CitySpec spec) {
        UnitRecord city = OrganisationBuilder.city();
        List<CountyPlan> counties = new ArrayList<>();
        for (int i = 0; i < spec.counties(); i++) {
            counties.add(OrganisationBuilder.county(spec, city, i));
        }
        return new SyntheticCity(spec, city, counties);
    }
}
