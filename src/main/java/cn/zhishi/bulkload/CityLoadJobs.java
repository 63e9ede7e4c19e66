package cn.zhishi.bulkload;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * City loads started from the page: one at a time, in the background, as the user who started it
 * (the audit record names them); the latest one's progress stays readable until the next starts.
 * Only directories inside the configured inbox may be loaded.
 */
@Service
class CityLoadJobs {

    private static final Logger log = LoggerFactory.getLogger(CityLoadJobs.class);

    private final CityLoader loader;
    private final BulkLoadSettings settings;
    private final Path rejectsDir;
    private final Clock clock;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "city-load");
        t.setDaemon(true);
        return t;
    });
    private volatile Job latest;

    CityLoadJobs(CityLoader loader, BulkLoadSettings settings, @Value("${zhishi.data-dir}") Path dataDir, Clock clock) {
        this.loader = loader;
        this.settings = settings;
        this.rejectsDir = dataDir.resolve("bulkload");
        this.clock = clock;
    }

    /** The load started last from the page, with what it loads and where its rejects go. */
    record Job(String directory, Path rejects, LoadProgress progress) {
    }

    Optional<Path> inbox() {
        return Optional.ofNullable(settings.inbox()).map(p -> p.toAbsolutePath().normalize());
    }

    /** The inbox and its sub-directories that hold at least one file of the layout, by name relative to the inbox. */
    List<String> loadable() {
        List<String> out = new ArrayList<>();
        Optional<Path> inbox = inbox();
        if (inbox.isEmpty() || !Files.isDirectory(inbox.get())) {
            return out;
        }
        if (holdsCityFiles(inbox.get())) {
            out.add(".");
        }
        try (Stream<Path> dirs = Files.list(inbox.get())) {
            dirs.filter(Files::isDirectory).filter(CityLoadJobs::holdsCityFiles).map(p -> p.getFileName().toString())
                    .sorted().forEach(out::add);
        } catch (IOException e) {
            log.warn("cannot list the city load inbox {}: {}", inbox.get(), e.getMessage());
        }
        return out;
    }

    private static boolean holdsCityFiles(Path dir) {
        for (CityFile f : CityFile.values()) {
            if (Files.isRegularFile(dir.resolve(f.fileName))) {
                return true;
            }
        }
        return false;
    }

    Optional<Job> latest() {
        return Optional.ofNullable(latest);
    }

    /**
     * Starts loading {@code name} (one of {@link #loadable()}) as the current user.
     *
     * @throws IllegalArgumentException the name is not a loadable directory of the inbox
     * @throws IllegalStateException    a load is running
     */
    synchronized Job start(String name) {
        if (!loadable().contains(name)) {
            throw new IllegalArgumentException("not a loadable directory of the inbox: " + name);
        }
        if (CityLoader.running() || latest != null && !latest.progress().snapshot().finished()) {
            throw new IllegalStateException("a city load is already running");
        }
        Path dir = inbox().orElseThrow().resolve(name).normalize();
        Path rejects = rejectsDir.resolve("rejects-" + LocalDateTime.now(clock).format(DateTimeFormatter.ofPattern(
                "yyyyMMdd-HHmmss")) + ".csv");
        Job job = new Job(name, rejects, new LoadProgress(System.out));
        latest = job;
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        executor.submit(() -> {
            SecurityContextHolder.setContext(context);
            try {
                loader.load(dir, rejects, job.progress(), true);
            } catch (Exception e) {
                log.error("city load of {} failed", dir, e);
                if (!job.progress().snapshot().finished()) {
                    job.progress().failed(String.valueOf(e.getMessage()));
                }
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
        return job;
    }
}
