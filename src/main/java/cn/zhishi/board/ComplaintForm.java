package cn.zhishi.board;

import cn.zhishi.report.ComplaintKind;

/** The public complaint form. Leaving the name empty files anonymously. */
public class ComplaintForm {

    private ComplaintKind kind;
    private String body;
    private boolean anonymous = true;
    private String name;
    private String contact;

    public ComplaintKind getKind() { return kind; }
    public void setKind(ComplaintKind kind) { this.kind = kind; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public boolean isAnonymous() { return anonymous; }
    public void setAnonymous(boolean anonymous) { this.anonymous = anonymous; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getContact() { return contact; }
    public void setContact(String contact) { this.contact = contact; }
}
