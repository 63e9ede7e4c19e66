package cn.zhishi.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;

class AuditVerifyCommandTest {

    @Test
    void exits_zero_when_intact_and_one_when_broken() throws Exception {
        AuditChainVerifier verifier = mock(AuditChainVerifier.class);
        AuditVerifyCommand command = new AuditVerifyCommand(verifier);
        assertThat(command.getExitCode()).as("not yet run").isEqualTo(1);

        when(verifier.verify()).thenReturn(ChainVerification.intact(12, "ab".repeat(32)));
        command.run(new DefaultApplicationArguments("--command=audit-verify"));
        assertThat(command.getExitCode()).isZero();

        when(verifier.verify()).thenReturn(ChainVerification.broken(6, 7, ChainVerification.Problem.ALTERED));
        command.run(new DefaultApplicationArguments("--command=audit-verify"));
        assertThat(command.getExitCode()).isEqualTo(1);
    }

    @Test
    void says_where_the_chain_breaks() {
        assertThat(AuditVerifyCommand.describe(ChainVerification.broken(6, 7, ChainVerification.Problem.REMOVED)))
                .isEqualTo("audit chain BROKEN at seq 7: REMOVED (6 records before it verified)");
        assertThat(AuditVerifyCommand.describe(ChainVerification.intact(12, "ff")))
                .isEqualTo("audit chain intact: 12 records verified, head hash ff");
    }
}
