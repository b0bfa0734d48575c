package io.ledgerline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering of docs/architecture.md, enforced. */
@AnalyzeClasses(packages = "io.ledgerline", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreIsHeadless = noClasses()
            .that().resideOutsideOfPackage("..ledgerline.ui..")
            .and().doNotHaveFullyQualifiedName("io.ledgerline.Main")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..");

    @ArchTest
    static final ArchRule onlyStoreTalksSql = noClasses()
            .that().resideOutsideOfPackage("..ledgerline.store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "org.flywaydb..", "java.sql..",
                    "org.sqlite..");

    @ArchTest
    static final ArchRule uiAndCliAreIndependent = noClasses()
            .that().resideInAPackage("..ledgerline.cli..")
            .should().dependOnClassesThat().resideInAPackage("..ledgerline.ui..");

    @ArchTest
    static final ArchRule uiDoesNotUseCli = noClasses()
            .that().resideInAPackage("..ledgerline.ui..")
            .should().dependOnClassesThat().resideInAPackage("..ledgerline.cli..");

    @ArchTest
    static final ArchRule domainDependsOnNothingOfOurs = noClasses()
            .that().resideInAPackage("..ledgerline.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..ledgerline.store..", "..ledgerline.importer..",
                    "..ledgerline.ui..", "..ledgerline.cli..", "..ledgerline.workspace..", "..ledgerline.demo..");

    @ArchTest
    static final ArchRule featurePackagesHaveNoCycles = slices()
            .matching("io.ledgerline.(*)..")
            .should().beFreeOfCycles();
}
