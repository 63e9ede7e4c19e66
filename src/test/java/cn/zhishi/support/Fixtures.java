package cn.zhishi.support;

import cn.zhishi.cadre.CadreForm;
import cn.zhishi.cadre.CadreType;
import cn.zhishi.cadre.CitizenIdNumber;
import cn.zhishi.cadre.Gender;
import cn.zhishi.security.Role;
import cn.zhishi.security.ZhishiPrincipal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Builders for test data: unique codes, valid ID numbers, principals with a jurisdiction. */
public final class Fixtures {

    private static final AtomicInteger ID_SEQUENCE = new AtomicInteger(new java.util.Random().nextInt(20_000));
    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 500));

    private Fixtures() {
    }

    /** A unique code prefix so tests sharing one database never collide. */
    public static String uniqueCode(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime(), 36).toUpperCase() + SEQUENCE.incrementAndGet();
    }

    /** A valid GB 11643 ID number for the birth date and gender (sequence varies per call). */
    public static String idNumber(LocalDate birth, Gender gender) {
        int n = ID_SEQUENCE.incrementAndGet();
        int sequence = (n % 500) * 2 + (gender == Gender.MALE ? 1 : 0);
        String first17 = "5226" + String.format("%02d", n / 500 % 100) + birth.format(DateTimeFormatter.BASIC_ISO_DATE)
                + String.format("%03d", sequence);
        return first17 + CitizenIdNumber.checkCharacter(first17);
    }

    /** Inserts a root region (as the set-up or a bulk load would) and returns its id. */
    public static long rootUnit(JdbcTemplate jdbc, String name) {
        String code = uniqueCode("R");
        jdbc.update("insert into org_unit (code, name, node_type, path, depth, sort_order) values (?,?,'REGION',?,0,0)",
                code, name, "/" + code + "/");
        return jdbc.queryForObject("select id from org_unit where code = ?", Long.class, code);
    }

    public static ZhishiPrincipal principal(String username, Set<Role> roles, Set<Long> jurisdiction) {
        return new ZhishiPrincipal(-1, username, username, "{noop}x", roles.isEmpty() ? EnumSet.noneOf(Role.class)
                : EnumSet.copyOf(roles), jurisdiction, null, true, false, false);
    }

    public static ZhishiPrincipal orgAdmin(long... unitIds) {
        Set<Long> ids = new java.util.TreeSet<>();
        for (long id : unitIds) {
            ids.add(id);
        }
        return principal("orgadmin-test", Set.of(Role.ORG_ADMIN), ids);
    }

    /** Runs {@code work} with {@code principal} signed in (for service-level tests). */
    public static <T> T as(ZhishiPrincipal principal, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    public static CadreForm cadreForm(long unitId, String name, LocalDate birth, Gender gender) {
        CadreForm f = new CadreForm();
        f.setUnitId(unitId);
        f.setName(name);
        f.setGender(gender);
        f.setEthnicity("01");
        f.setBirthDate(birth);
        f.setIdNumber(idNumber(birth, gender));
        f.setCadreType(CadreType.SECTION_LEVEL);
        f.setWorkStartDate(birth.plusYears(22));
        f.setPartyJoinDate(birth.plusYears(21));
        f.setPhone("13800001234");
        return f;
    }
}
