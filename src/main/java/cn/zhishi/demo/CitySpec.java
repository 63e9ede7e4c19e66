package cn.zhishi.demo;

import java.time.LocalDate;

/**
 * What to generate: the fictional city 云岭市 with {@code counties} counties (1–12) and {@code cadres}
 * cadres in all, with ten years of history up to {@code today}. Equal specs give equal cities.
 */
public record CitySpec(long seed, int counties, int cadres, LocalDate today) {

    /** The fewest cadres a county can have and still fill two townships and some departments. */
    public static final int MIN_CADRES_PER_COUNTY = 40;

    public CitySpec {
        if (counties < 1 || counties > UnitCatalogue.COUNTIES.size()) {
            throw new IllegalArgumentException("counties must be 1.." + UnitCatalogue.COUNTIES.size() + ": " + counties);
        }
        if (cadres < counties * MIN_CADRES_PER_COUNTY) {
            throw new IllegalArgumentException("at least " + MIN_CADRES_PER_COUNTY + " cadres per county: " + cadres);
        }
        if (today == null) {
            throw new IllegalArgumentException("today is required");
        }
    }

    /** The demo: one county (青山县) of {@code cadres} cadres. */
    public static CitySpec oneCounty(long seed, int cadres, LocalDate today) {
        return new CitySpec(seed, 1, cadres, today);
    }

    /** The first day of the generated history: 1 January ten years ago. */
    public LocalDate historyFrom() {
        return today.minusYears(10).withDayOfYear(1);
    }

    /** The county's share of the cadres; the first counties take the remainder. */
    int cadresIn(int countyIndex) {
        return cadres / counties + (countyIndex < cadres % counties ? 1 : 0);
    }
}
