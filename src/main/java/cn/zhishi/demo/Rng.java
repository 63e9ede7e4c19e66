package cn.zhishi.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The generator's only source of chance: a {@link SplittableRandom} seeded from the spec's seed and a
 * purpose ("org", "careers", county number …), so each part draws from its own stream and changing
 * one part does not reshuffle the others. Never seeded from time.
 */
final class Rng {

    private final SplittableRandom random;

    private Rng(long seed) {
        this.random = new SplittableRandom(seed);
    }

    static Rng of(long seed, String purpose, long index) {
        return new Rng(mix(mix(seed) ^ purpose.hashCode() * 0x9E3779B97F4A7C15L ^ mix(index + 0x632BE59BD9B4E019L)));
    }

    /** A child stream for one item (e.g. one cadre), independent of how much the parent drew. */
    Rng child(long index) {
        return new Rng(mix(random.nextLong() ^ mix(index)));
    }

    int between(int lo, int hiInclusive) {
        return lo >= hiInclusive ? lo : random.nextInt(lo, hiInclusive + 1);
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    double unit() {
        return random.nextDouble();
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** An index drawn with the given relative weights. */
    int weighted(double... weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** A day from {@code from} to {@code to}, both inclusive ({@code from} when the range is empty). */
    LocalDate dateBetween(LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        return days <= 0 ? from : from.plusDays(random.nextLong(days + 1));
    }

    /** {@code k} distinct items in random order (all of them when there are fewer). */
    <T> List<T> sample(List<T> items, int k) {
        List<T> copy = new ArrayList<>(items);
        int n = Math.min(k, copy.size());
        for (int i = 0; i < n; i++) {
            int j = random.nextInt(i, copy.size());
            T t = copy.get(i);
            copy.set(i, copy.get(j));
            copy.set(j, t);
        }
        return new ArrayList<>(copy.subList(0, n));
    }

    /** {@code min} to {@code max} distinct items joined with 、 (the Chinese enumeration comma). */
    String some(List<String> items, int min, int max) {
        return String.join("、", sample(items, between(min, max)));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
