package org.netzbild.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The layers of docs/architecture.md, enforced. Plain JUnit tests over ArchUnit's importer (the
 * ArchUnit JUnit engine reported no tests under Surefire here).
 */
class LayerRulesTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.netzbild");

    private static final ArchRule onlyTheStoreTalksToNeo4j = noClasses()
            .that().resideOutsideOfPackage("org.netzbild.store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.neo4j..");

    /** Lucene is the full-text index's, which the store owns: search text is cut and folded there. */
    private static final ArchRule onlyTheStoreTalksToLucene = noClasses()
            .that().resideOutsideOfPackage("org.netzbild.store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.lucene..");

    private static final ArchRule onlyTheDesktopUsesControlsFx = noClasses()
            .that().resideOutsideOfPackage("org.netzbild.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.controlsfx..", "impl.org.controlsfx..");

    private static final ArchRule onlyTheDesktopUsesJavaFx = noClasses()
            .that().resideOutsideOfPackage("org.netzbild.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.graphstream.ui..");

    // every package of ours but the model itself, by exclusion, so that a new package (chart was
    // missing from a list of names) is covered without editing this rule
    private static final ArchRule theModelDependsOnNothingOfOurs = noClasses()
            .that().resideInAPackage("org.netzbild.model..")
            .should().dependOnClassesThat(resideInOurCodeOutside("org.netzbild.model"));

    private static final ArchRule theFacesGoThroughTheApplicationServices = noClasses()
            .that().resideInAnyPackage("org.netzbild.ui..", "org.netzbild.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("org.netzbild.store..", "org.netzbild.schema..",
                    "org.netzbild.audit..", "org.netzbild.demo..");

    private static final ArchRule theCoreKnowsNoFace = noClasses()
            .that().resideOutsideOfPackages("org.netzbild.ui..", "org.netzbild.cli..")
            .and().resideOutsideOfPackage("org.netzbild")
            .should().dependOnClassesThat().resideInAnyPackage("org.netzbild.ui..", "org.netzbild.cli..");

    /** So that the command line and the exporters can lay out a chart without the desktop. */
    private static final ArchRule theLayoutsNeedNoDesktop = noClasses()
            .that().resideInAPackage("org.netzbild.layout..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.netzbild.ui..");

    /**
     * The exporters write what the use case hands them: they neither read the store (what goes out
     * is read with the session's visibility by app.Exports) nor need the desktop (ADR 0032).
     */
    private static final ArchRule theExportersReadNothingThemselves = noClasses()
            .that().resideInAPackage("org.netzbild.export..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.netzbild.ui..", "org.netzbild.store..",
                    "org.netzbild.app..", "org.netzbild.cli..");

    private static final ArchRule theStoreKnowsNoUseCase = noClasses()
            .that().resideInAnyPackage("org.netzbild.store..", "org.netzbild.schema..", "org.netzbild.audit..",
                    "org.netzbild.security..", "org.netzbild.demo..", "org.netzbild.ingest..", "org.netzbild.resolve..")
            .should().dependOnClassesThat().resideInAnyPackage("org.netzbild.app..");

    /** The matcher works on the model's records alone, so that imports, faces and benchmarks share it (ADR 0031). */
    private static final ArchRule theMatcherNeedsOnlyTheModel = noClasses()
            .that().resideInAPackage("org.netzbild.resolve..")
            .should().dependOnClassesThat(resideInOurCodeOutside("org.netzbild.resolve").and(
                    DescribedPredicate.describe("outside org.netzbild.model", c -> !c.getPackageName().startsWith("org.netzbild.model"))))
            .orShould().dependOnClassesThat().resideInAnyPackage("javafx..", "org.neo4j..");

    // the adapters and the Cypher they share sit behind the port: the rest asks the store
    private static final ArchRule onlyTheStoreReachesItsAdapters = noClasses()
            .that().resideOutsideOfPackage("org.netzbild.store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.netzbild.store.cypher..",
                    "org.netzbild.store.embedded..", "org.netzbild.store.bolt..");

    // the product jar holds no benchmark and no reader beside the port (issue 15): they are test code
    private static final ArchRule theProductHoldsNoBenchmark = noClasses()
            .should().haveSimpleNameContaining("Benchmark")
            .orShould().haveSimpleName("RawCypherReference")
            .orShould().resideInAPackage("org.netzbild.bench..");

    // the faces reach a workspace only through its gate: a sign-in and a stated purpose (issue 15, ADR 0017)
    private static final ArchRule theFacesSignIn = noClasses()
            .that().resideInAnyPackage("org.netzbild.ui..", "org.netzbild.cli..")
            .should().callMethod(org.netzbild.app.Workspace.class, "open", org.netzbild.app.WorkspaceSettings.class)
            .orShould().callMethod(org.netzbild.security.AnalystSession.class, "unrestricted", String.class, String.class,
                    org.netzbild.security.Purpose.class);

    // one place hands Cypher to the adapters, and it adds the session's visibility to every read (issue 15);
    // the adapters themselves run only the migrations' schema statements through their own transactions
    private static final ArchRule onlySessionTxRunsStatements = noClasses()
            .that().doNotHaveFullyQualifiedName("org.netzbild.store.cypher.SessionTx")
            .and().resideOutsideOfPackages("org.netzbild.store.embedded..", "org.netzbild.store.bolt..")
            .should().callMethod(org.netzbild.store.cypher.CypherTx.class, "run", String.class, java.util.Map.class)
            .orShould().callMethod(org.netzbild.store.cypher.CypherRunner.class, "readAlone", String.class, java.util.Map.class);

    private static DescribedPredicate<JavaClass> resideInOurCodeOutside(String excluded) {
        return DescribedPredicate.describe("reside in org.netzbild outside of " + excluded + "..",
                c -> c.getPackageName().startsWith("org.netzbild.") && !c.getPackageName().equals(excluded)
                        && !c.getPackageName().startsWith(excluded + "."));
    }

    @Test
    void theImporterSeesOurClasses() {
        assertThat(CLASSES.containPackage("org.netzbild.store.cypher")).isTrue();
        assertThat(CLASSES.size()).isGreaterThan(50);
    }

    @Test
    void theMatcherNeedsOnlyTheModel() {
        theMatcherNeedsOnlyTheModel.check(CLASSES);
    }

    @Test
    void theExportersReadNothingThemselves() {
        theExportersReadNothingThemselves.check(CLASSES);
    }

    @Test
    void onlyTheStoreTalksToNeo4j() {
        onlyTheStoreTalksToNeo4j.check(CLASSES);
    }

    @Test
    void onlyTheStoreTalksToLucene() {
        onlyTheStoreTalksToLucene.check(CLASSES);
    }

    @Test
    void onlyTheDesktopUsesControlsFx() {
        onlyTheDesktopUsesControlsFx.check(CLASSES);
    }

    @Test
    void onlyTheDesktopUsesJavaFx() {
        onlyTheDesktopUsesJavaFx.check(CLASSES);
    }

    @Test
    void theModelDependsOnNothingOfOurs() {
        theModelDependsOnNothingOfOurs.check(CLASSES);
    }

    @Test
    void theFacesSignInBeforeTheyOpenAWorkspace() {
        theFacesSignIn.check(CLASSES);
    }

    @Test
    void theFacesGoThroughTheApplicationServices() {
        theFacesGoThroughTheApplicationServices.check(CLASSES);
    }

    @Test
    void theCoreKnowsNoFace() {
        theCoreKnowsNoFace.check(CLASSES);
    }

    @Test
    void theLayoutsNeedNoDesktop() {
        assertThat(CLASSES.containPackage("org.netzbild.layout")).isTrue();
        theLayoutsNeedNoDesktop.check(CLASSES);
    }

    @Test
    void theStoreKnowsNoUseCase() {
        theStoreKnowsNoUseCase.check(CLASSES);
    }

    @Test
    void onlyTheStoreReachesItsAdapters() {
        onlyTheStoreReachesItsAdapters.check(CLASSES);
    }

    @Test
    void theProductHoldsNoBenchmark() {
        theProductHoldsNoBenchmark.check(CLASSES);
    }

    @Test
    void onlySessionTxRunsStatements() {
        onlySessionTxRunsStatements.check(CLASSES);
    }

    @Test
    void theModelRuleCoversEveryPackageOfOursButTheModel() {
        var rule = resideInOurCodeOutside("org.netzbild.model");
        for (String ours : List.of("org.netzbild.chart.ChartState", "org.netzbild.app.Workspace",
                "org.netzbild.store.GraphStore", "org.netzbild.ui.chart.ChartCanvas")) {
            assertThat(rule.test(CLASSES.get(ours))).as(ours).isTrue();
        }
        assertThat(rule.test(CLASSES.get("org.netzbild.model.Entity"))).isFalse();
    }
}
