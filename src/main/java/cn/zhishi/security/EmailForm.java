package cn.zhishi.security;

/** The e-mail address on the account page. */
class EmailForm {

    private String email;

    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
}
