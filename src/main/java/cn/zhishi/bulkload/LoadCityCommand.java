package cn.zhishi.bulkload;

import java.nio.file.Path;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@code --command=load-city --in=DIR [--rejects=FILE] [--skip-index]}: loads a directory in the city
 * data layout (rejects to {@code DIR/rejects.csv} by default), then rebuilds the search index (not with
 * {@code --skip-index}: then the index is rebuilt at the web app's next start, or by {@code --command=reindex}). Exit status 0 when
 * the load committed — rejected rows are listed, not an error — 1 when it failed (nothing written).
 */
@Component
@ConditionalOnProperty(name = "command", havingValue = "load-city")
class LoadCityCommand implements ApplicationRunner, ExitCodeGenerator {

    private final CityLoader loader;
    private int exitCode = 1;

    LoadCityCommand(CityLoader loader) {
        this.loader = loader;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        Path in = Path.of(CommandArgs.required(args, "in"));
        Path rejects = Path.of(CommandArgs.optional(args, "rejects", in.resolve("rejects.csv").toString()));
        LoadReport r = loader.load(in, rejects, new LoadProgress(System.out), !args.containsOption("skip-index"));
        print(r);
        exitCode = 0;
    }

    static void print(LoadReport r) {
        System.out.printf("%-26s %12s %12s %12s %10s%n", "file", "read", "inserted", "present", "rejected");
        for (FileCounts c : r.files()) {
            System.out.printf("%-26s %,12d %,12d %,12d %,10d%n", c.file(), c.read(), c.inserted(), c.present(), c.rejected());
        }
        System.out.printf("%-26s %,12d %,12d %,12d %,10d%n", "total", r.read(), r.inserted(), r.present(), r.rejected());
        System.out.printf("load %.1f s, after-load steps %.1f s; rejects: %s%n", r.loadMillis() / 1000.0,
                r.afterMillis() / 1000.0, r.rejectsFile().toAbsolutePath());
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
