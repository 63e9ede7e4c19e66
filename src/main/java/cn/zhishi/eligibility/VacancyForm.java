package cn.zhishi.eligibility;

import java.time.LocalDate;

/** Input for the vacancy pages and API: opening (postId, reason), adding (cadreId), recommending, submitting, closing. */
public class VacancyForm {

    private Long postId;
    private String reason;
    private Long cadreId;
    private String recommender;
    private String recommenderPost;
    private String statement;
    private LocalDate recommendedOn;

    public Long getPostId() { return postId; }
    public void setPostId(Long postId) { this.postId = postId; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public Long getCadreId() { return cadreId; }
    public void setCadreId(Long cadreId) { this.cadreId = cadreId; }
    public String getRecommender() { return recommender; }
    public void setRecommender(String recommender) { this.recommender = recommender; }
    public String getRecommenderPost() { return recommenderPost; }
    public void setRecommenderPost(String recommenderPost) { this.recommenderPost = recommenderPost; }
    public String getStatement() { return statement; }
    public void setStatement(String statement) { this.statement = statement; }
    public LocalDate getRecommendedOn() { return recommendedOn; }
    public void setRecommendedOn(LocalDate recommendedOn) { this.recommendedOn = recommendedOn; }
}
