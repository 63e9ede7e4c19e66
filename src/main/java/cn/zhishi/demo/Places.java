package cn.zhishi.demo;

import java.util.List;

/**
 * Native places (籍贯) with the region code that starts the ID number of someone born there: mostly
 * the county itself, some the city's other counties, some neighbouring provinces.
 */
final class Places {

    record Place(String name, String regionCode) {
    }

    private static final List<Place> ELSEWHERE = List.of(
            new Place("贵州省遵义市", "520302"), new Place("贵州省安顺市", "520402"), new Place("贵州省毕节市", "520502"),
            new Place("贵州省铜仁市", "520602"), new Place("湖南省怀化市", "431202"), new Place("四川省南充市", "511302"),
            new Place("重庆市万州区", "500101"), new Place("广西壮族自治区柳州市", "450202"), new Place("云南省曲靖市", "530302"),
            new Place("湖北省恩施市", "422801"), new Place("江西省赣州市", "360702"));

    private Places() {
    }

    static Place county(int countyIndex) {
        return new Place("贵州省" + UnitCatalogue.CITY + UnitCatalogue.COUNTIES.get(countyIndex),
                UnitCatalogue.CITY_REGION_PREFIX + (21 + countyIndex));
    }

    static Place nativePlace(Rng r, int countyIndex) {
        return switch (r.weighted(0.6, 0.22, 0.18)) {
            case 0 -> county(countyIndex);
            case 1 -> county(r.between(0, UnitCatalogue.COUNTIES.size() - 1));
            default -> r.pick(ELSEWHERE);
        };
    }
}
