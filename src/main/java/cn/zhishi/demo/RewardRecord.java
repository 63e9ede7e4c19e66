package cn.zhishi.demo;

import java.time.LocalDate;

/** A generated reward (奖励); {@code rewardType} is a reward_type dictionary code. */
public record RewardRecord(String rewardType, String title, LocalDate decisionDate, String issuer) {
}
