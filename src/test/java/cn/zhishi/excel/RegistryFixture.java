package cn.zhishi.excel;

import cn.zhishi.cadre.CitizenIdNumber;
import cn.zhishi.cadre.Gender;
import cn.zhishi.security.Role;
import cn.zhishi.security.ZhishiPrincipal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A small organisation of its own for one test: a root region, a township under it and three posts
 * (a sole secretary post, a deputy post for two, a clerk post for a thousand), with codes that no
 * other test uses, and an org admin whose jurisdiction is the root. Also makes valid ID numbers.
 */
final class RegistryFixture {

    private static final Set<String> ISSUED = new HashSet<>();

    final String prefix;
    final long rootId;
    final long townId;
    final String townCode;
    final String secretaryPost;
    final String deputyPost;
    final String clerkPost;

    private RegistryFixture(JdbcTemplate jdbc) {
        prefix = "X" + Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36, 36L * 36 * 36 * 36 * 36 * 36), 36)
                .toUpperCase(Locale.ROOT);
        rootId = unit(jdbc, null, prefix, "测试县" + prefix, "REGION", "/" + prefix + "/", 0);
        townCode = prefix + "-T1";
        townId = unit(jdbc, rootId, townCode, "测试镇" + prefix, "UNIT", "/" + prefix + "/" + townCode + "/", 1);
        secretaryPost = post(jdbc, townId, townCode + "-P1", "党委书记", "SECTION_CHIEF", 1);
        deputyPost = post(jdbc, townId, townCode + "-P2", "副镇长", "SECTION_DEPUTY", 2);
        clerkPost = post(jdbc, townId, townCode + "-P3", "科员", "STAFF", 1000);
    }

    static RegistryFixture create(JdbcTemplate jdbc) {
        return new RegistryFixture(jdbc);
    }

    /** An org admin whose jurisdiction is this fixture's root. */
    ZhishiPrincipal admin() {
        return principal(Set.of(Role.ORG_ADMIN));
    }

    ZhishiPrincipal principal(Set<Role> roles) {
        return new ZhishiPrincipal(ThreadLocalRandom.current().nextLong(1_000_000, 2_000_000), "excel-" + prefix.toLowerCase(Locale.ROOT),
                "导入测试", "{noop}unused", roles, Set.of(rootId), null, true, false, false);
    }

    /** A valid ID number for this birth date and gender, never issued before in this JVM. */
    static synchronized String idNumber(LocalDate birth, Gender gender) {
        while (true) {
            ThreadLocalRandom r = ThreadLocalRandom.current();
            int region = r.nextInt(110000, 660000);
            int seq = r.nextInt(0, 500) * 2 + (gender == Gender.MALE ? 1 : 0);
            String first17 = region + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", seq);
            String id = first17 + CitizenIdNumber.checkCharacter(first17);
            if (ISSUED.add(id)) {
                return id;
            }
        }
    }

    /** The same number with a wrong check character. */
    static String withBadChecksum(String id) {
        char good = id.charAt(17);
        char bad = good == '0' ? '1' : '0';
        return id.substring(0, 17) + bad;
    }

    private static long unit(JdbcTemplate jdbc, Long parent, String code, String name, String type, String path, int depth) {
        jdbc.update("insert into org_unit (parent_id, code, name, node_type, domain, unit_class, path, depth) values (?,?,?,?,?,?,?,?)",
                parent, code, name, type, "UNIT".equals(type) ? "PARTY_GOVERNMENT" : null,
                "UNIT".equals(type) ? "TOWNSHIP" : null, path, depth);
        return jdbc.queryForObject("select id from org_unit where code = ?", Long.class, code);
    }

    private static String post(JdbcTemplate jdbc, long unitId, String code, String title, String level, int maxHolders) {
        jdbc.update("insert into post (unit_id, code, title, post_level, max_holders) values (?,?,?,?,?)",
                unitId, code, title, level, maxHolders);
        return code;
    }
}
