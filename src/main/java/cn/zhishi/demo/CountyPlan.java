package cn.zhishi.demo;

import java.util.List;

/**
 * A county as planned: its region node and units, the number of cadres it holds today and how many
 * team places are deliberately left vacant (so that posts × holders − vacancies = cadres).
 */
record CountyPlan(int index, String name, UnitRecord region, List<PlannedUnit> units, int cadres, int vacancies) {

    /** The county's first character, as in appointment documents (青委任〔2019〕12号). */
    String shortName() {
        return name.substring(0, 1);
    }
}
