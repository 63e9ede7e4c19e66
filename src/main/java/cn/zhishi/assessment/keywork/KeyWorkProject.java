package cn.zhishi.assessment.keywork;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One of the year's key projects (重点工作项目) on a cadre's list. */
@Entity
@Table(name = "key_work_project")
public class KeyWorkProject {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private int position;
    private String title;
    private String target;

    protected KeyWorkProject() {
    }

    KeyWorkProject(int position, String title, String target) {
        this.position = position;
        this.title = title;
        this.target = target;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    /** The expected result (目标要求), as listed at the start of the year. */
    public String getTarget() {
        return target;
    }

    void renumber(int position) {
        this.position = position;
    }
}
