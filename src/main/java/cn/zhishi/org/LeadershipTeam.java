package cn.zhishi.org;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** 领导班子 of a unit. Its members are the current holders of the unit's posts with a team role. */
@Entity
@Table(name = "leadership_team")
public class LeadershipTeam {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private int version;
    private Long unitId;
    private String name;

    protected LeadershipTeam() {
    }

    LeadershipTeam(Long unitId, String name) {
        this.unitId = unitId;
        this.name = name;
    }

    public Long getId() { return id; }
    public Long getUnitId() { return unitId; }
    public String getName() { return name; }
}
