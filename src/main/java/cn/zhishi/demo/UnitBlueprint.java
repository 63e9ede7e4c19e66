package cn.zhishi.demo;

import cn.zhishi.org.UnitClass;
import cn.zhishi.org.UnitDomain;
import java.util.List;

/**
 * A kind of unit in a county: its name ({@code %s} stands for the county's name), classification,
 * leadership-team posts, staff posts, and the work done there (for specialties and the 分管 line of
 * a deputy's résumé).
 *
 * @param codeLetter   T township, A Party/government administration, L law enforcement, W window
 *                     service, I public institution, E state-owned enterprise
 * @param staffLeads   single-holder staff posts (办公室主任, 财务股股长 …) filled before the clerks
 * @param clerkTitles  titles of the many-holder staff posts, used in turn
 * @param careerGroup  cadres move between units of the same group only (a 副院长 does not become 副乡长)
 * @param staffWeight  relative number of staff
 */
record UnitBlueprint(char codeLetter, String name, UnitDomain domain, UnitClass unitClass, String unitLevel,
        List<PostBlueprint> team, List<PostBlueprint> staffLeads, List<String> clerkTitles, String careerGroup,
        List<String> expertise, List<String> duties, double staffWeight) {

    String nameIn(String county) {
        return name.contains("%s") ? String.format(name, county) : name;
    }
}
