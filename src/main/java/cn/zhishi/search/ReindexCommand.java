package cn.zhishi.search;

import cn.zhishi.audit.AuditEvent;
import cn.zhishi.audit.AuditTrail;
import cn.zhishi.bulkload.LongProgress;
import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** {@code --command=reindex}: rebuilds the search index from the database with progress (the web app must be stopped: it holds the index lock). */
@Component
@ConditionalOnProperty(name = "command", havingValue = "reindex")
class ReindexCommand implements ApplicationRunner, ExitCodeGenerator {

    private final SearchIndex index;
    private final AuditTrail audit;
    private int exitCode = 1;

    ReindexCommand(SearchIndex index, AuditTrail audit) {
        this.index = index;
        this.audit = audit;
    }

    @Override
    public void run(ApplicationArguments args) {
        long started = System.nanoTime();
        long docs = index.rebuild(new LongProgress("reindex", "cadres", 0, System.out));
        long millis = (System.nanoTime() - started) / 1_000_000;
        audit.record(AuditEvent.created("search.reindex", "SearchIndex", 1, "search index",
                Map.of("documents", docs, "millis", millis)));
        System.out.printf("reindex: %,d documents in %.1f s%n", docs, millis / 1000.0);
        exitCode = 0;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
