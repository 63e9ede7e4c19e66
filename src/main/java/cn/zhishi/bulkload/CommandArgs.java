package cn.zhishi.bulkload;

import java.util.List;
import org.springframework.boot.ApplicationArguments;

/** Reading {@code --name=value} options of a command. */
public final class CommandArgs {

    private CommandArgs() {
    }

    public static String optional(ApplicationArguments args, String name, String fallback) {
        List<String> v = args.getOptionValues(name);
        return v == null || v.isEmpty() || v.get(0).isBlank() ? fallback : v.get(0);
    }

    public static String required(ApplicationArguments args, String name) {
        String v = optional(args, name, null);
        if (v == null) {
            throw new IllegalArgumentException("--" + name + "=… is required");
        }
        return v;
    }
}
