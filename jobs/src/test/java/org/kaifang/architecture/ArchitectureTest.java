package org.kaifang.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import org.junit.jupiter.api.Test;

/**
 * The packages of kaifang point one way, as the README's architecture paragraph draws them:
 * each level uses only the levels below it, and no two packages use each other.
 */
class ArchitectureTest {

    /** From the bottom up; a package uses only packages of the levels before its own. */
    static final List<List<String>> LEVELS = List.of(
            List.of("config", "progress", "table"),
            List.of("reference"),
            List.of("source"),
            List.of("lake"),
            List.of("catalog"),
            List.of("report", "notebook", "spark"),
            List.of("batch"),
            List.of("status"),
            List.of("notify"),
            List.of("synthetic"),
            List.of("bench"),
            List.of("cli"));

    private static final JavaClasses KAIFANG = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.kaifang");

    @Test
    void packagesFormNoCycle() {
        slices().matching("org.kaifang.(*)..").should().beFreeOfCycles().check(KAIFANG);
    }

    @Test
    void eachLevelUsesOnlyTheLevelsBelow() {
        for (ArchRule rule : levelRules("org.kaifang", LEVELS)) {
            rule.check(KAIFANG);
        }
    }

    @Test
    void everyPackageHasItsLevel() {
        List<String> placed = LEVELS.stream().flatMap(List::stream).toList();
        KAIFANG.stream().map(JavaClass::getPackageName)
                .filter(p -> !p.equals("org.kaifang"))
                .map(p -> p.substring("org.kaifang.".length()).split("\\.")[0])
                .distinct()
                .forEach(p -> assertTrue(placed.contains(p), "package org.kaifang." + p + " has no level in LEVELS"));
    }

    /** Two planted packages that use each other: both rules catch them. */
    @Test
    void aPlantedCycleFails() {
        String root = "org.kaifang.architecture.planted";
        JavaClasses planted = new ClassFileImporter().importPackages(root);
        assertThrows(AssertionError.class, () ->
                slices().matching(root + ".(*)..").should().beFreeOfCycles().check(planted));
        List<ArchRule> rules = levelRules(root, List.of(List.of("low"), List.of("high")));
        assertThrows(AssertionError.class, () -> rules.get(0).check(planted), "low uses high, above it");
        rules.get(1).check(planted);
    }

    /** For each level, a rule that its packages use nothing of their own level or above. */
    static List<ArchRule> levelRules(String root, List<List<String>> levels) {
        List<ArchRule> rules = new ArrayList<>();
        for (int level = 0; level < levels.size(); level++) {
            List<String> sameOrAbove = levels.subList(level, levels.size()).stream().flatMap(List::stream).toList();
            for (String own : levels.get(level)) {
                String[] forbidden = sameOrAbove.stream().filter(p -> !p.equals(own))
                        .map(p -> root + "." + p + "..").toArray(String[]::new);
                rules.add(noClasses().that().resideInAPackage(root + "." + own + "..")
                        .should().dependOnClassesThat().resideInAnyPackage(forbidden)
                        .because(own + " sits below " + String.join(", ", sameOrAbove.stream()
                                .filter(p -> !p.equals(own)).toList())));
            }
        }
        return rules;
    }
}
