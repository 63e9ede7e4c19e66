package cn.zhishi.setup;

import java.util.List;

/**
 * The demo county as just loaded: what the demo accounts need (ids and names) and what the banner says.
 *
 * @param reviewedTownships the townships that get a unit reviewer, in order
 * @param cadre             the cadre the CADRE account is linked to
 */
record DemoCounty(String cityName, long countyId, String countyName, List<Unit> reviewedTownships, Cadre cadre,
        int cadres, long seed) {

    record Unit(long id, String name) {
    }

    record Cadre(long id, String name, long unitId) {
    }
}
