package cn.zhishi.shared;

/**
 * A domain rule refused an action (a state transition not allowed now, a conflict).
 * {@code code} is a message key shown to the user with {@code args}.
 */
public class DomainRuleException extends RuntimeException {

    private final String code;
    private final Object[] args;

    public DomainRuleException(String code, Object... args) {
        super(code);
        this.code = code;
        this.args = args;
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args;
    }
}
