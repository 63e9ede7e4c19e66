package cn.zhishi.bulkload;

import cn.zhishi.demo.CadreRecord;
import cn.zhishi.demo.EducationRecord;
import cn.zhishi.demo.FamilyRecord;
import cn.zhishi.demo.MonthlyRecord;
import cn.zhishi.demo.PostRecord;
import cn.zhishi.demo.ResumeRecord;
import cn.zhishi.demo.RewardRecord;
import cn.zhishi.demo.SanctionRecord;
import cn.zhishi.demo.SyntheticCity;
import cn.zhishi.demo.TagRecord;
import cn.zhishi.demo.TalkNoteRecord;
import cn.zhishi.demo.TeamRecord;
import cn.zhishi.demo.TenureRecord;
import cn.zhishi.demo.UnitRecord;
import cn.zhishi.demo.WorkHistory;
import cn.zhishi.demo.YearlyGradeRecord;
import cn.zhishi.org.KeyPostKind;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes a generated city in the city data layout: one UTF-8 CSV per {@link CityFile} with a header
 * row, ISO dates, natural keys. Streams the cadres, so memory stays flat at any size.
 */
public final class CityCsvWriter {

    private CityCsvWriter() {
    }

    /** Writes every file into {@code dir}; answers the rows written per file. */
    public static Map<CityFile, Long> write(SyntheticCity city, Path dir, LongProgress progress) throws IOException {
        Files.createDirectories(dir);
        Map<CityFile, Writer> out = new EnumMap<>(CityFile.class);
        Map<CityFile, Long> counts = new EnumMap<>(CityFile.class);
        try {
            for (CityFile f : CityFile.values()) {
                Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(dir.resolve(f.fileName)),
                        StandardCharsets.UTF_8), 1 << 16);
                out.put(f, w);
                Csv.writeRow(w, f.columns.toArray());
                counts.put(f, 0L);
            }
            Rows rows = new Rows(out, counts);
            for (UnitRecord u : city.units()) {
                rows.add(CityFile.UNITS, u.code(), u.parentCode(), u.name(), u.nodeType(), u.domain(), u.unitClass(),
                        u.unitLevel(), u.sortOrder());
            }
            for (TeamRecord t : city.teams()) {
                rows.add(CityFile.TEAMS, t.unitCode(), t.name());
            }
            for (PostRecord p : city.posts()) {
                rows.add(CityFile.POSTS, p.code(), p.unitCode(), p.title(), p.postLevel(), p.rankTitle(), p.teamRole(),
                        p.maxHolders(), p.keyKinds().stream().map(KeyPostKind::name).collect(Collectors.joining(";")),
                        p.sortOrder());
            }
            Iterator<CadreRecord> cadres = city.cadres().iterator();
            long done = 0;
            while (cadres.hasNext()) {
                CadreRecord c = cadres.next();
                String id = c.idNumber();
                rows.add(CityFile.CADRES, id, c.unitCode(), c.name(), c.gender(), c.ethnicity(), c.birthDate(),
                        c.nativePlace(), c.partyJoinDate(), c.workStartDate(), c.phone(), c.cadreType(), c.specialty(),
                        c.familiarFields());
                for (EducationRecord e : c.educations()) {
                    rows.add(CityFile.EDUCATIONS, id, e.studyMode(), e.educationLevel(), e.degree(), e.school(),
                            e.major(), e.startDate(), e.endDate());
                }
                for (ResumeRecord r : c.resume()) {
                    rows.add(CityFile.RESUME, id, r.startDate(), r.endDate(), r.description());
                }
                for (FamilyRecord f : c.family()) {
                    rows.add(CityFile.FAMILY, id, f.relation(), f.name(), f.birthDate(), f.politicalStatus(),
                            f.workUnit(), f.postTitle(), f.settledAbroad(), f.abroadCountry(), f.settledSince());
                }
                for (RewardRecord r : c.rewards()) {
                    rows.add(CityFile.REWARDS, id, r.rewardType(), r.title(), r.decisionDate(), r.issuer());
                }
                for (SanctionRecord s : c.sanctions()) {
                    rows.add(CityFile.SANCTIONS, id, s.sanctionType(), s.decisionDate(), s.issuer(), s.reason(),
                            s.influenceEndsOn());
                }
                for (TagRecord t : c.tags()) {
                    rows.add(CityFile.TAGS, id, t.polarity(), t.label(), t.reason(), t.taggedOn(), t.taggedBy());
                }
                for (TenureRecord t : c.tenures()) {
                    rows.add(CityFile.TENURES, id, t.postCode(), t.startDate(), t.endDate(), t.documentNo());
                }
                WorkHistory h = WorkHistory.of(city.spec(), c);
                for (YearlyGradeRecord g : h.grades()) {
                    rows.add(CityFile.YEARLY_GRADES, id, g.year(), g.grade());
                }
                for (MonthlyRecord m : h.monthly()) {
                    rows.add(CityFile.PERFORMANCE_RECORDS, id, m.month(), m.text(), m.grade());
                }
                // the generator may repeat a note (same day, kind and text): one row per natural key
                java.util.Set<String> notes = new java.util.HashSet<>();
                for (TalkNoteRecord n : h.notes()) {
                    if (notes.add(n.notedOn() + "/" + n.kind() + "/" + n.text())) {
                        rows.add(CityFile.TALK_NOTES, id, n.notedOn(), n.kind(), n.author(), n.text());
                    }
                }
                progress.advance(++done);
            }
        } finally {
            for (Writer w : out.values()) {
                try {
                    w.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return counts;
    }

    private record Rows(Map<CityFile, Writer> out, Map<CityFile, Long> counts) {
        void add(CityFile f, Object... values) {
            Csv.writeRow(out.get(f), values);
            counts.merge(f, 1L, Long::sum);
        }
    }
}
