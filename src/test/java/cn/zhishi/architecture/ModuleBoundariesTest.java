package cn.zhishi.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The feature modules (top-level packages under cn.zhishi) depend on each other without cycles,
 * lower modules never reach up, and the audit record is written only through AuditTrail.
 */
class ModuleBoundariesTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.zhishi");

    @Test
    void featureModulesHaveNoDependencyCycles() {
        slices().matching("cn.zhishi.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void foundationModulesDoNotDependOnFeatures() {
        noClasses().that().resideInAnyPackage("cn.zhishi.shared..", "cn.zhishi.audit..", "cn.zhishi.sensitive..",
                        "cn.zhishi.security..", "cn.zhishi.dictionary..")
                .should().dependOnClassesThat().resideInAnyPackage("cn.zhishi.org..", "cn.zhishi.cadre..",
                        "cn.zhishi.excel..", "cn.zhishi.demo..", "cn.zhishi.setup..", "cn.zhishi.useradmin..",
                        "cn.zhishi.home..")
                .check(CLASSES);
    }

    @Test
    void theOrganisationTreeDoesNotKnowAboutCadres() {
        noClasses().that().resideInAPackage("cn.zhishi.org..")
                .should().dependOnClassesThat().resideInAPackage("cn.zhishi.cadre..")
                .check(CLASSES);
    }

    @Test
    void nobodyButTheAuditModuleTouchesTheAuditTables() {
        noClasses().that().resideOutsideOfPackage("cn.zhishi.audit..")
                .should().dependOnClassesThat().haveSimpleNameStartingWith("AuditRecord")
                .check(CLASSES);
    }

    @Test
    void domainRulesDoNotDependOnSpringOrTheWeb() {
        noClasses().that().haveSimpleNameEndingWith("Rules").or().haveSimpleName("CitizenIdNumber")
                .or().haveSimpleName("InfluencePeriod").or().haveSimpleName("Jurisdiction")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.servlet..")
                .check(CLASSES);
    }
}
