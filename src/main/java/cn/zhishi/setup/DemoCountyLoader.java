package cn.zhishi.setup;

import cn.zhishi.demo.CadreRecord;
import cn.zhishi.demo.CitySpec;
import cn.zhishi.demo.DemoDataLoader;
import cn.zhishi.demo.LoadedCity;
import cn.zhishi.demo.PostRecord;
import cn.zhishi.demo.SyntheticCity;
import cn.zhishi.demo.SyntheticCityGenerator;
import cn.zhishi.demo.UnitRecord;
import cn.zhishi.org.TeamRole;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Generates the demo county (青山县 of 云岭市) and loads it when the registry is still empty. */
@Component
class DemoCountyLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoCountyLoader.class);
    private static final int REVIEWED_TOWNSHIPS = 2;

    private final DemoSettings settings;
    private final DemoDataLoader loader;
    private final Clock clock;

    DemoCountyLoader(DemoSettings settings, DemoDataLoader loader, Clock clock) {
        this.settings = settings;
        this.loader = loader;
        this.clock = clock;
    }

    /** Loads the demo if it is enabled and the registry has no units; empty otherwise. */
    Optional<DemoCounty> loadIfWanted() {
        if (!settings.enabled() || !loader.registryIsEmpty()) {
            return Optional.empty();
        }
        long started = System.nanoTime();
        SyntheticCity city = SyntheticCityGenerator.generate(
                CitySpec.oneCounty(settings.seed(), settings.cadres(), LocalDate.now(clock)));
        LoadedCity loaded = loader.load(city);
        log.info("Loaded the demo county: {} ({} ms)", loaded.counts(), (System.nanoTime() - started) / 1_000_000);
        return Optional.of(describe(city, loaded));
    }

    private static DemoCounty describe(SyntheticCity city, LoadedCity loaded) {
        UnitRecord county = city.counties().get(0);
        List<UnitRecord> townships = city.townships(county.code()).stream().limit(REVIEWED_TOWNSHIPS).toList();
        List<DemoCounty.Unit> reviewed = townships.stream()
                .map(t -> new DemoCounty.Unit(loaded.unitId(t.code()), t.name())).toList();
        CadreRecord cadre = accountHolder(city, townships.get(0).code());
        return new DemoCounty(city.root().name(), loaded.unitId(county.code()), county.name(), reviewed,
                new DemoCounty.Cadre(loaded.cadreId(cadre), cadre.name(), loaded.unitId(cadre.unitCode())),
                city.cadreCount(), city.spec().seed());
    }

    /**
     * The cadre behind the CADRE account: a deputy (副乡长) of the first township, so that the first
     * unit reviewer reviews their reports; any cadre of that township if it has no deputy in post.
     */
    private static CadreRecord accountHolder(SyntheticCity city, String townshipCode) {
        Map<String, PostRecord> posts = city.posts().stream()
                .collect(Collectors.toMap(PostRecord::code, Function.identity()));
        Comparator<CadreRecord> deputiesFirst = Comparator.comparing(c -> {
            PostRecord p = posts.get(c.currentTenure().orElseThrow().postCode());
            return p.teamRole() == TeamRole.DEPUTY && p.title().startsWith("副") ? 0 : 1;
        });
        return city.cadres().filter(c -> c.unitCode().equals(townshipCode))
                .min(deputiesFirst.thenComparingInt(CadreRecord::serial))
                .orElseGet(() -> city.cadres().findFirst().orElseThrow());
    }
}
