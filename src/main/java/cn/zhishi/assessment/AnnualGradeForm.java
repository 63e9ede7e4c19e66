package cn.zhishi.assessment;

/** Input for recording or correcting one year's grade. */
public class AnnualGradeForm {

    private Integer year;
    private Grade grade;
    private String note;

    public AnnualGradeForm() {
    }

    public AnnualGradeForm(Integer year, Grade grade, String note) {
        this.year = year;
        this.grade = grade;
        this.note = note;
    }

    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public Grade getGrade() { return grade; }
    public void setGrade(Grade grade) { this.grade = grade; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
