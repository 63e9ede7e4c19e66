package cn.zhishi.bulkload;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhishi.cadre.Gender;
import cn.zhishi.demo.CitySpec;
import cn.zhishi.demo.SyntheticCity;
import cn.zhishi.demo.SyntheticCityGenerator;
import cn.zhishi.support.Fixtures;
import cn.zhishi.support.IntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The city loader on the test database (H2, and PostgreSQL in the CI suite): rejects with reasons, idempotence, generated data. */
@IntegrationTest
class CityLoaderIntegrationTest {

    @Autowired
    CityLoader loader;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @TempDir
    Path dir;

    @Test
    void every_refused_row_is_in_the_rejects_file_with_its_row_and_reason_and_the_good_rows_are_loaded() throws IOException {
        HandMade city = HandMade.write(dir);
        long audits = jdbc.queryForObject("select count(*) from audit_record where action = 'city.load'", Long.class);

        LoadReport r = loader.load(dir, dir.resolve("rejects.csv"), LoadProgress.quiet(), false);

        assertThat(r.of(CityFile.UNITS)).isEqualTo(new FileCounts("units.csv", 3, 2, 0, 1));
        assertThat(r.of(CityFile.CADRES)).isEqualTo(new FileCounts("cadres.csv", 5, 2, 0, 3));
        assertThat(r.of(CityFile.PERFORMANCE_RECORDS)).isEqualTo(new FileCounts("performance_records.csv", 4, 1, 0, 3));
        assertThat(r.of(CityFile.TALK_NOTES)).isEqualTo(new FileCounts("talk_notes.csv", 2, 1, 0, 1));
        assertThat(r.of(CityFile.TENURES)).isEqualTo(new FileCounts("tenures.csv", 2, 1, 0, 1));
        List<String> rejects = Files.readAllLines(dir.resolve("rejects.csv"), StandardCharsets.UTF_8);
        assertThat(rejects.get(0)).isEqualTo("file,row,natural_key,reason");
        assertThat(rejects).anySatisfy(l -> assertThat(l).startsWith("units.csv,4," + city.orphanUnit + ",parent_code: no such unit: NOPE"));
        assertThat(rejects).anySatisfy(l -> assertThat(l).startsWith("cadres.csv,3,").contains("unit_code: no such org unit"));
        assertThat(rejects).anySatisfy(l -> assertThat(l).startsWith("cadres.csv,4,").contains("birth_date: not a date"));
        assertThat(rejects).anySatisfy(l -> assertThat(l).isEqualTo("cadres.csv,5," + city.cadreA + ",duplicate of row 2"));
        assertThat(rejects).anySatisfy(l -> assertThat(l)
                .isEqualTo("performance_records.csv,3," + city.cadreA + "/2024-01,duplicate of row 2"));
        assertThat(rejects).anySatisfy(l -> assertThat(l).startsWith("performance_records.csv,4,")
                .contains("id_number: no such cadre: " + city.orphanId));
        assertThat(rejects).anySatisfy(l -> assertThat(l).startsWith("performance_records.csv,5,")
                .contains("month: not a month (YYYY-MM): 2024-13"));
        assertThat(rejects).anySatisfy(l -> assertThat(l).startsWith("talk_notes.csv,2,")
                .contains("noted_on: not a date (YYYY-MM-DD): 2024-02-30"));
        assertThat(rejects).anySatisfy(l -> assertThat(l).startsWith("tenures.csv,3,").contains("post_code: no such post"));
        assertThat(rejects).hasSize(1 + 1 + 3 + 3 + 1 + 1);
        assertThat(jdbc.queryForObject("select count(*) from performance_record p join cadre c on c.id = p.cadre_id "
                + "join org_unit u on u.id = c.unit_id where u.code = ?", Long.class, city.unit)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_record where action = 'city.load'", Long.class))
                .isEqualTo(audits + 1);
    }

    @Test
    void a_malformed_record_is_refused_with_its_reason_and_the_rows_after_it_still_load() throws IOException {
        HandMade city = HandMade.write(dir);
        Files.writeString(dir.resolve(CityFile.PERFORMANCE_RECORDS.fileName), String.join(",",
                CityFile.PERFORMANCE_RECORDS.columns) + "\n"
                + city.cadreA + ",2024-01,少一列\n"
                + city.cadreA + ",2024-02,\"引号里的逗号, 和换行\n第二行\",GOOD\n"
                + city.cadreA + ",2024-03,多一列,GOOD,EXTRA\n"
                + city.cadreB + ",2024-04,正常,GOOD\n"
                + city.cadreB + ",2024-05,\"引号没有关上,GOOD\n"
                + city.cadreB + ",2024-06,被吞进上一行,GOOD\n", StandardCharsets.UTF_8);

        LoadReport r = loader.load(dir, dir.resolve("rejects.csv"), LoadProgress.quiet(), false);

        assertThat(r.of(CityFile.PERFORMANCE_RECORDS)).isEqualTo(new FileCounts("performance_records.csv", 5, 2, 0, 3));
        List<String> rejects = Files.readAllLines(dir.resolve("rejects.csv"), StandardCharsets.UTF_8);
        assertThat(rejects).contains("performance_records.csv,2," + city.cadreA + "/2024-01,\"3 fields, expected 4\"",
                "performance_records.csv,4," + city.cadreA + "/2024-03,\"5 fields, expected 4\"",
                "performance_records.csv,6," + city.cadreB + "/2024-05,a quoted field is not closed before the end of the file");
        assertThat(jdbc.queryForList("select p.text from performance_record p join cadre c on c.id = p.cadre_id "
                + "join org_unit u on u.id = c.unit_id where u.code = ? order by p.report_month", String.class, city.unit))
                .containsExactly("引号里的逗号, 和换行\n第二行", "正常");
    }

    /**
     * A first migration: the record tables are empty, so rows go straight into them (PostgreSQL: COPY
     * with the tables' foreign keys, primary keys and plain indexes dropped for the load, the monthly
     * records' unique key finding the repeated month). Run inside a transaction rolled back at the end,
     * which puts the demo county's records back — on PostgreSQL only, where DDL is transactional (H2
     * commits at the loader's first DDL statement).
     */
    @Test
    void into_empty_tables_rows_go_straight_in_repeats_are_still_refused_and_the_tables_keep_their_keys() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(isPostgres(), "PostgreSQL: DDL inside the rolled-back transaction");
        HandMade city = HandMade.write(dir);
        Files.writeString(dir.resolve(CityFile.TALK_NOTES.fileName), String.join(",", CityFile.TALK_NOTES.columns) + "\n"
                + city.cadreA + ",2024-02-01,TALK,组织部,谈话一\n"
                + city.cadreA + ",2024-02-01,TALK,组织部,谈话一\n"
                + city.cadreB + ",2024-02-02,VISIT,组织部,\"走访, 两行\n第二行\"\n", StandardCharsets.UTF_8);
        long records = jdbc.queryForObject("select count(*) from performance_record", Long.class);
        long notes = jdbc.queryForObject("select count(*) from talk_note", Long.class);

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.update("delete from performance_record");
            jdbc.update("delete from talk_note");
            LoadReport r;
            try {
                r = loader.load(dir, dir.resolve("rejects.csv"), LoadProgress.quiet(), false);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            assertThat(r.of(CityFile.PERFORMANCE_RECORDS)).isEqualTo(new FileCounts("performance_records.csv", 4, 1, 0, 3));
            assertThat(r.of(CityFile.TALK_NOTES)).isEqualTo(new FileCounts("talk_notes.csv", 3, 2, 0, 1));
            List<String> rejects;
            try {
                rejects = Files.readAllLines(dir.resolve("rejects.csv"), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            assertThat(rejects).contains("performance_records.csv,3," + city.cadreA + "/2024-01,duplicate of row 2",
                    "talk_notes.csv,3," + city.cadreA + "/2024-02-01/TALK/谈话一,duplicate of row 2");
            assertThat(rejects.stream().filter(l -> l.startsWith("performance_records.csv,3,"))).hasSize(1);
            assertThat(jdbc.queryForList("select text from talk_note order by noted_on", String.class))
                    .containsExactly("谈话一", "走访, 两行\n第二行");
            assertThat(jdbc.queryForList("select contype from pg_constraint where conrelid = cast('performance_record' "
                    + "as regclass) order by contype", String.class)).containsExactly("f", "p", "u");
            assertThat(jdbc.queryForList("select indexname from pg_indexes where tablename = 'talk_note' order by 1",
                    String.class)).containsExactly("talk_note_cadre", "talk_note_pkey");
            // the loader numbered the rows itself: the sequence goes on after them
            assertThat(jdbc.queryForObject("select nextval(pg_get_serial_sequence('talk_note', 'id')) "
                    + "> (select max(id) from talk_note)", Boolean.class)).isTrue();
            status.setRollbackOnly();
        });
        assertThat(jdbc.queryForObject("select count(*) from performance_record", Long.class)).isEqualTo(records);
        assertThat(jdbc.queryForObject("select count(*) from talk_note", Long.class)).isEqualTo(notes);
    }

    private boolean isPostgres() {
        return jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName()).toLowerCase().contains("postgres");
    }

    @Test
    void loading_the_same_directory_twice_adds_nothing_the_second_time() throws IOException {
        HandMade.write(dir);
        LoadReport first = loader.load(dir, dir.resolve("rejects.csv"), LoadProgress.quiet(), false);
        long cadres = jdbc.queryForObject("select count(*) from cadre", Long.class);

        LoadReport second = loader.load(dir, dir.resolve("rejects.csv"), LoadProgress.quiet(), false);

        assertThat(second.inserted()).isZero();
        assertThat(second.present()).isEqualTo(first.inserted());
        assertThat(second.rejected()).isEqualTo(first.rejected());
        assertThat(jdbc.queryForObject("select count(*) from cadre", Long.class)).isEqualTo(cadres);
    }

    @Test
    void a_generated_city_passes_every_check() throws IOException {
        SyntheticCity city = SyntheticCityGenerator.generate(new CitySpec(77L, 1, 40, LocalDate.of(2026, 11, 21)));
        var written = CityCsvWriter.write(city, dir, LongProgress.silent());

        LoadReport r = loader.load(dir, dir.resolve("rejects.csv"), LoadProgress.quiet(), false);

        assertThat(Files.readAllLines(dir.resolve("rejects.csv"))).containsExactly("file,row,natural_key,reason");
        assertThat(r.rejected()).isZero();
        for (FileCounts c : r.files()) {
            assertThat(c.read()).as(c.file()).isEqualTo(written.get(CityFile.valueOf(fileEnum(c.file()))));
        }
        assertThat(r.of(CityFile.CADRES).inserted()).isEqualTo(40);
        assertThat(r.of(CityFile.PERFORMANCE_RECORDS).inserted()).isEqualTo(written.get(CityFile.PERFORMANCE_RECORDS));
    }

    private static String fileEnum(String fileName) {
        for (CityFile f : CityFile.values()) {
            if (f.fileName.equals(fileName)) {
                return f.name();
            }
        }
        throw new IllegalArgumentException(fileName);
    }

    /** A small directory with one bad row of each kind beside good ones. */
    record HandMade(String unit, String orphanUnit, String cadreA, String cadreB, String orphanId) {

        static HandMade write(Path dir) throws IOException {
            String root = Fixtures.uniqueCode("BL");
            String unit = root + "-U1";
            String orphanUnit = root + "-X";
            String post = root + "-P1";
            LocalDate born = LocalDate.of(1980, 3, 4);
            String a = Fixtures.idNumber(born, Gender.MALE);
            String b = Fixtures.idNumber(born, Gender.FEMALE);
            String c = Fixtures.idNumber(born, Gender.MALE);
            String d = Fixtures.idNumber(born, Gender.MALE);
            String orphan = Fixtures.idNumber(born, Gender.FEMALE);
            write(dir, CityFile.UNITS,
                    root + ",,测试市,REGION,,,,0",
                    unit + "," + root + ",测试单位,UNIT,PARTY_GOVERNMENT,PARTY_ADMINISTRATION,,1",
                    orphanUnit + ",NOPE,孤儿单位,UNIT,,,,2");
            write(dir, CityFile.POSTS, post + "," + unit + ",科长,SECTION_CHIEF,,PRINCIPAL,1,PERSONNEL;FINANCE,1");
            write(dir, CityFile.CADRES,
                    a + "," + unit + ",甲,MALE,01,1980-03-04,,2005-01-01,2002-07-01,13800001234,SECTION_LEVEL,,",
                    c + ",NOWHERE,乙,MALE,01,1980-03-04,,,2002-07-01,,GENERAL,,",
                    d + "," + unit + ",丙,MALE,01,1980-02-30,,,2002-07-01,,GENERAL,,",
                    a + "," + unit + ",甲二,MALE,01,1980-03-04,,,2002-07-01,,GENERAL,,",
                    b + "," + unit + ",丁,FEMALE,01,1980-03-04,,,2003-07-01,,GENERAL,,");
            write(dir, CityFile.PERFORMANCE_RECORDS,
                    a + ",2024-01,完成了全年任务,GOOD",
                    a + ",2024-01,又一条,AVERAGE",
                    orphan + ",2024-01,无主记录,GOOD",
                    b + ",2024-13,月份不对,GOOD");
            write(dir, CityFile.TALK_NOTES,
                    a + ",2024-02-30,TALK,组织部,日期不对",
                    b + ",2024-02-28,VISIT,组织部,走访");
            write(dir, CityFile.TENURES,
                    a + "," + post + ",2020-01-01,,任字1号",
                    b + ",NO-SUCH-POST,2020-01-01,,");
            return new HandMade(unit, orphanUnit, a, b, orphan);
        }

        private static void write(Path dir, CityFile f, String... rows) throws IOException {
            Files.writeString(dir.resolve(f.fileName), String.join(",", f.columns) + "\n" + String.join("\n", rows) + "\n",
                    StandardCharsets.UTF_8);
        }
    }
}
