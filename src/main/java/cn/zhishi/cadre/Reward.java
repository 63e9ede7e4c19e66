package cn.zhishi.cadre;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** 奖励: 嘉奖, 记三等功 … with the decision date and issuer. */
@Entity
@Table(name = "cadre_reward")
public class Reward implements FileRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String rewardType;
    private String title;
    private LocalDate decisionDate;
    private String issuer;

    protected Reward() {
    }

    Reward(RewardForm f) {
        rewardType = f.getRewardType();
        title = f.getTitle().trim();
        decisionDate = f.getDecisionDate();
        issuer = Text.orNull(f.getIssuer());
    }

    @Override
    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rewardType", rewardType);
        m.put("title", title);
        m.put("decisionDate", decisionDate);
        m.put("issuer", issuer);
        return m;
    }

    @Override
    public Long getId() { return id; }
    public String getRewardType() { return rewardType; }
    public String getTitle() { return title; }
    public LocalDate getDecisionDate() { return decisionDate; }
    public String getIssuer() { return issuer; }
}
