package cn.zhishi.bulkload;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FingerprintsTest {

    @Test
    void a_fingerprint_is_added_once_and_found_after_the_table_grows() {
        Fingerprints set = new Fingerprints();
        SplittableRandom random = new SplittableRandom(7);
        long[] added = new long[200_000];
        for (int i = 0; i < added.length; i++) {
            added[i] = random.nextLong();
            assertThat(set.add(added[i])).isTrue();
        }
        for (long fp : added) {
            assertThat(set.contains(fp)).isTrue();
            assertThat(set.add(fp)).isFalse();
        }
        assertThat(set.contains(random.nextLong())).isFalse();
    }

    @Test
    void zero_is_a_fingerprint_like_any_other() {
        Fingerprints set = new Fingerprints();
        assertThat(set.contains(0)).isFalse();
        assertThat(set.add(0)).isTrue();
        assertThat(set.add(0)).isFalse();
        assertThat(set.contains(0)).isTrue();
    }
}
