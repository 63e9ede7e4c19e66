package cn.zhishi.search;

import cn.zhishi.cadre.CadreFileChanged;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps the index in step: the files changed in a transaction are re-indexed together once it commits
 * (an import of a thousand cadres is one batched update, not thousands), and the whole index is
 * rebuilt at start-up if it was not built from this database.
 */
@Component
class SearchIndexFollower {

    private static final int BATCH = 250;

    private final SearchIndex index;
    private final Environment env;

    SearchIndexFollower(SearchIndex index, Environment env) {
        this.index = index;
        this.env = env;
    }

    @EventListener
    void on(CadreFileChanged e) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            index.update(List.of(e.cadreId()));
            return;
        }
        @SuppressWarnings("unchecked")
        Set<Long> pending = (Set<Long>) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            Set<Long> ids = new LinkedHashSet<>();
            TransactionSynchronizationManager.bindResource(this, ids);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(SearchIndexFollower.this);
                    if (status == STATUS_COMMITTED) {
                        List<Long> all = new ArrayList<>(ids);
                        for (int i = 0; i < all.size(); i += BATCH) {
                            index.update(all.subList(i, Math.min(all.size(), i + BATCH)));
                        }
                    }
                }
            });
            pending = ids;
        }
        pending.add(e.cadreId());
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        if (!env.containsProperty("command")) {
            index.ensureBuiltFromThisDatabase();
        }
    }
}
