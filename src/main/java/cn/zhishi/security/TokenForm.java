package cn.zhishi.security;

/** Issue-a-token form: a name to recognise the client by and how many days it stays valid. */
class TokenForm {

    static final int DEFAULT_VALID_DAYS = 90;

    private String name;
    private Integer validDays = DEFAULT_VALID_DAYS;

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Integer getValidDays() { return validDays; }
    public void setValidDays(Integer validDays) { this.validDays = validDays; }
}
