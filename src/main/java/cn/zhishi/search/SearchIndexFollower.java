package cn.zhishi.search;

import cn.zhishi.cadre.CadreFileChanged;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.core.env.Environment;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import java.util.List;

/** Keeps the index in step: each changed file after its transaction commits, the whole index at start-up if stale. */
@Component
class SearchIndexFollower {

    private final SearchIndex index;
    private final Environment env;

    SearchIndexFollower(SearchIndex index, Environment env) {
        this.index = index;
        this.env = env;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(CadreFileChanged e) {
        index.update(List.of(e.cadreId()));
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        if (!env.containsProperty("command")) {
            index.ensureBuiltFromThisDatabase();
        }
    }
}
