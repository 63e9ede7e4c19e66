package cn.zhishi.bulkload;

import cn.zhishi.demo.CitySpec;
import cn.zhishi.demo.SyntheticCity;
import cn.zhishi.demo.SyntheticCityGenerator;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@code --command=generate-city --out=DIR [--cadres=68553] [--seed=20261121] [--counties=10] [--today=YYYY-MM-DD]}:
 * writes the synthetic city (the same generator as the demo county) in the city data layout.
 */
@Component
@ConditionalOnProperty(name = "command", havingValue = "generate-city")
class GenerateCityCommand implements ApplicationRunner, ExitCodeGenerator {

    /** The city of the source documents: 68,553 cadres. */
    static final int CITY_CADRES = 68_553;

    private final Clock clock;
    private int exitCode = 1;

    GenerateCityCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        Path out = Path.of(CommandArgs.required(args, "out"));
        int cadres = Integer.parseInt(CommandArgs.optional(args, "cadres", Integer.toString(CITY_CADRES)));
        long seed = Long.parseLong(CommandArgs.optional(args, "seed", "20261121"));
        int counties = Integer.parseInt(CommandArgs.optional(args, "counties",
                Integer.toString(Math.max(1, Math.min(10, cadres / 400)))));
        LocalDate today = LocalDate.parse(CommandArgs.optional(args, "today", LocalDate.now(clock).toString()));
        SyntheticCity city = SyntheticCityGenerator.generate(new CitySpec(seed, counties, cadres, today));
        LongProgress progress = new LongProgress("generate-city", "cadres", city.cadreCount(), System.out);
        Map<CityFile, Long> counts = CityCsvWriter.write(city, out, progress);
        progress.finish();
        long total = 0;
        for (var e : counts.entrySet()) {
            System.out.printf("%-26s %,12d rows%n", e.getKey().fileName, e.getValue());
            total += e.getValue();
        }
        System.out.printf("%-26s %,12d rows (seed %d, %d counties, today %s) in %s%n", "total", total, seed, counties,
                today, out.toAbsolutePath());
        exitCode = 0;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
