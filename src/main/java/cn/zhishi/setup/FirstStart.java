package cn.zhishi.setup;

import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * On every start, once the application is up: loads the demo county into an empty registry (when
 * enabled), then creates the first accounts when there are none, and prints them once.
 */
@Component
class FirstStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstStart.class);

    private final DemoCountyLoader demo;
    private final InitialAccounts accounts;
    private final SetupBanner banner;

    FirstStart(DemoCountyLoader demo, InitialAccounts accounts, SetupBanner banner) {
        this.demo = demo;
        this.accounts = accounts;
        this.banner = banner;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (args.containsOption("command")) {
            return; // a command-line run (e.g. audit-verify) must not write anything
        }
        Optional<DemoCounty> loaded = demo.loadIfWanted();
        List<CreatedLogin> created = accounts.createIfNone(loaded);
        if (!created.isEmpty()) {
            banner.print(System.out, created, loaded);
            log.info("First start: created accounts {} (passwords, if generated, are in the console banner)",
                    created.stream().map(CreatedLogin::username).toList());
        }
    }
}
