package cn.zhishi.shared;

/**
 * The thing asked for does not exist <em>for this user</em>. Records outside the user's
 * jurisdiction are reported exactly like missing ones, so their existence does not leak.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
