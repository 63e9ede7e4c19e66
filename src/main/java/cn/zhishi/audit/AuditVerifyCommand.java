package cn.zhishi.audit;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code --command=audit-verify}: verifies the chain without starting the web server, prints the
 * result and exits 0 when intact, 1 when not — for cron jobs and monitoring. It runs first, so it
 * checks the record as found, before any other start-up runner could append to it. The output is
 * plain English on purpose: terminals and log collectors on servers often mangle Chinese.
 */
@Component
@ConditionalOnProperty(name = "command", havingValue = "audit-verify")
@Order(Ordered.HIGHEST_PRECEDENCE)
class AuditVerifyCommand implements ApplicationRunner, ExitCodeGenerator {

    private final AuditChainVerifier verifier;
    // not verified until run() says otherwise: a run that fails half-way must not report success
    private int exitCode = 1;

    AuditVerifyCommand(AuditChainVerifier verifier) {
        this.verifier = verifier;
    }

    @Override
    public void run(ApplicationArguments args) {
        ChainVerification v = verifier.verify();
        System.out.println(describe(v));
        exitCode = v.intact() ? 0 : 1;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    static String describe(ChainVerification v) {
        if (v.intact()) {
            return "audit chain intact: " + v.checked() + " records verified, head hash " + v.headHash();
        }
        return "audit chain BROKEN at seq " + v.firstBadSeq() + ": " + v.problem() + " ("
                + v.checked() + " records before it verified)";
    }
}
