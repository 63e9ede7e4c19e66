package cn.zhishi;

import java.util.Arrays;
import org.springframework.boot.Banner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * 知事识人 — cadre assessment and evaluation platform.
 *
 * <p>{@code --command=<name>} runs one maintenance command instead of the web application (e.g.
 * {@code --command=audit-verify}): no web server, and the process exits with the command's status.
 * A command is an {@code ApplicationRunner} and {@code ExitCodeGenerator} bean switched on by
 * {@code @ConditionalOnProperty(name = "command", havingValue = "<name>")}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ZhishiApplication {

    /** Exit status when the named command does not exist. */
    static final int UNKNOWN_COMMAND = 2;

    public static void main(String[] args) {
        if (Arrays.stream(args).anyMatch(a -> a.startsWith("--command="))) {
            System.exit(runCommand(args));
        }
        SpringApplication.run(ZhishiApplication.class, args);
    }

    private static int runCommand(String[] args) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(ZhishiApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                // lowest precedence: keeps start-up chatter off the command's output unless configured otherwise
                .properties("logging.level.root=warn")
                .run(args);
        if (context.getBeanNamesForType(ExitCodeGenerator.class).length == 0) {
            System.err.println("unknown command: " + Arrays.stream(args).filter(a -> a.startsWith("--command="))
                    .findFirst().orElseThrow().substring("--command=".length()));
            SpringApplication.exit(context);
            return UNKNOWN_COMMAND;
        }
        return SpringApplication.exit(context);
    }
}
