package cn.zhishi.board;

import java.time.Clock;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * At most {@link #LIMIT} complaints per address in a fixed window of {@link #WINDOW_MILLIS}. The
 * counter lives only in memory and only for the window: it is never written to the database or to a
 * log, so nothing stored links a complaint to where it came from.
 */
@Component
class ComplaintRateLimiter {

    static final int LIMIT = 5;
    static final long WINDOW_MILLIS = 10 * 60 * 1000L;

    private final Map<String, long[]> windows = new ConcurrentHashMap<>();
    private final Clock clock;

    ComplaintRateLimiter(Clock clock) {
        this.clock = clock;
    }

    /** Counts one attempt; false when the address has used up its window. */
    boolean tryAcquire(String address) {
        long now = clock.millis();
        purge(now);
        long[] w = windows.compute(address, (k, v) -> v == null || now - v[0] >= WINDOW_MILLIS ? new long[] {now, 1}
                : new long[] {v[0], v[1] + 1});
        return w[1] <= LIMIT;
    }

    int size() {
        return windows.size();
    }

    private void purge(long now) {
        for (Iterator<long[]> it = windows.values().iterator(); it.hasNext();) {
            if (now - it.next()[0] >= WINDOW_MILLIS) {
                it.remove();
            }
        }
    }
}
