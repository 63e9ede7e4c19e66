package cn.zhishi.audit;

/**
 * Result of walking the audit chain.
 *
 * @param firstBadSeq the sequence number of the first record altered or missing; null when intact
 * @param headHash    the hash of the newest record when intact: note it down to detect later rewrites
 */
public record ChainVerification(boolean intact, long checked, Long firstBadSeq, Problem problem, String headHash) {

    public enum Problem { ALTERED, REMOVED, LINK_BROKEN }

    static ChainVerification intact(long checked, String headHash) {
        return new ChainVerification(true, checked, null, null, headHash);
    }

    static ChainVerification broken(long checked, long seq, Problem problem) {
        return new ChainVerification(false, checked, seq, problem, null);
    }
}
