package cn.zhishi.search;

import cn.zhishi.cadre.CadreFileChanged;
import cn.zhishi.eligibility.ReserveMembershipChanged;
import cn.zhishi.org.UnitChanged;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps the index in step: the files changed in a transaction are re-indexed together once it commits
 * (an import of a thousand cadres is one batched update, not thousands), and the whole index is
 * rebuilt at start-up if it was not built from this database. Besides a cadre's own file, a document
 * shows their unit (name, domain, class, path — {@link UnitChanged}: the unit's cadres, or its whole
 * subtree's after a move, read once the move is committed) and their reserve-pool membership
 * ({@link ReserveMembershipChanged}).
 */
@Component
class SearchIndexFollower {

    private static final int BATCH = 250;

    private final SearchIndex index;
    private final Environment env;
    private final JdbcTemplate jdbc;

    SearchIndexFollower(SearchIndex index, Environment env, JdbcTemplate jdbc) {
        this.index = index;
        this.env = env;
        this.jdbc = jdbc;
    }

    @EventListener
    void on(CadreFileChanged e) {
        follow(p -> p.cadres.add(e.cadreId()));
    }

    @EventListener
    void on(ReserveMembershipChanged e) {
        follow(p -> p.cadres.add(e.cadreId()));
    }

    @EventListener
    void on(UnitChanged e) {
        follow(p -> p.units.add(e));
    }

    /** What a transaction changed; outside a transaction it is applied at once. */
    private final class Pending {
        final Set<Long> cadres = new LinkedHashSet<>();
        final Set<UnitChanged> units = new LinkedHashSet<>();

        void apply() {
            Set<Long> ids = new LinkedHashSet<>(cadres);
            for (UnitChanged u : units) {
                ids.addAll(u.subtree()
                        ? jdbc.queryForList("select c.id from cadre c join org_unit u on u.id = c.unit_id where u.path like ?",
                                Long.class, u.path().replace("%", "\\%").replace("_", "\\_") + "%")
                        : jdbc.queryForList("select id from cadre where unit_id = ?", Long.class, u.unitId()));
            }
            List<Long> all = new ArrayList<>(ids);
            for (int i = 0; i < all.size(); i += BATCH) {
                index.update(all.subList(i, Math.min(all.size(), i + BATCH)));
            }
        }
    }

    private void follow(java.util.function.Consumer<Pending> change) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            Pending now = new Pending();
            change.accept(now);
            now.apply();
            return;
        }
        change.accept(pending());
    }

    private Pending pending() {
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            Pending created = new Pending();
            TransactionSynchronizationManager.bindResource(this, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(SearchIndexFollower.this);
                    if (status == STATUS_COMMITTED) {
                        created.apply();
                    }
                }
            });
            pending = created;
        }
        return pending;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        if (!env.containsProperty("command")) {
            index.ensureBuiltFromThisDatabase();
        }
    }
}
