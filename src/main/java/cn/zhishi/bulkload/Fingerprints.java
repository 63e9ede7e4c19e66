package cn.zhishi.bulkload;

/**
 * A set of 64-bit fingerprints (open addressing over a {@code long[]}, no boxing): the natural keys
 * of a file's rows seen so far, eight bytes each, so that a file of ten million monthly records is
 * checked for duplicates in about 256 MB instead of gigabytes of key strings. Zero is kept apart.
 */
final class Fingerprints {

    private long[] slots;
    private int size;
    private boolean zero;

    /** Room for about {@code expected} fingerprints before the table grows (rehashing a large table is dear). */
    Fingerprints(long expected) {
        int size = 1 << 16;
        while (size < expected * 2 && size < 1 << 30) {
            size <<= 1;
        }
        slots = new long[size];
    }

    Fingerprints() {
        this(0);
    }

    /** Adds {@code fp}; false when it was there already. */
    boolean add(long fp) {
        if (fp == 0) {
            boolean added = !zero;
            zero = true;
            return added;
        }
        int mask = slots.length - 1;
        int i = (int) (fp ^ (fp >>> 32)) & mask;
        while (true) {
            long s = slots[i];
            if (s == 0) {
                slots[i] = fp;
                if (++size * 2 > slots.length) {
                    grow();
                }
                return true;
            }
            if (s == fp) {
                return false;
            }
            i = (i + 1) & mask;
        }
    }

    boolean contains(long fp) {
        if (fp == 0) {
            return zero;
        }
        int mask = slots.length - 1;
        int i = (int) (fp ^ (fp >>> 32)) & mask;
        while (true) {
            long s = slots[i];
            if (s == 0) {
                return false;
            }
            if (s == fp) {
                return true;
            }
            i = (i + 1) & mask;
        }
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        size = 0;
        for (long s : old) {
            if (s != 0) {
                add(s);
            }
        }
    }
}
