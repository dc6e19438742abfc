package dev.visionbook.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The arrows of ARCHITECTURE.md: each package may use only the packages listed for it. */
class PackageArrowsTest {

    static final List<String> PACKAGES = List.of("cli", "api", "display", "kernel", "server", "store", "media", "engine", "wire");

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.visionbook");
    }

    static void mayUseOnly(String layer, String... allowed) {
        List<String> allowedList = Arrays.asList(allowed);
        String[] forbidden = PACKAGES.stream()
                .filter(other -> !other.equals(layer) && !allowedList.contains(other))
                .map(other -> "dev.visionbook." + other + "..")
                .toArray(String[]::new);
        noClasses().that().resideInAPackage("dev.visionbook." + layer + "..")
                .should().dependOnClassesThat().resideInAnyPackage(forbidden)
                .because(layer + " may use only " + (allowed.length == 0 ? "nothing of ours"
                        : Stream.of(allowed).collect(Collectors.joining(", "))))
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void displayMediaStoreAndWireUseNothingOfOurs() {
        mayUseOnly("display");
        mayUseOnly("media");
        mayUseOnly("store");
        mayUseOnly("wire");
    }

    @Test
    void engineUsesOnlyMedia() {
        mayUseOnly("engine", "media");
    }

    @Test
    void serverUsesStoreEngineAndMedia() {
        mayUseOnly("server", "store", "engine", "media");
    }

    @Test
    void apiUsesDisplayMediaWireAndTheServerOnlyToStartIt() {
        mayUseOnly("api", "display", "media", "server", "wire");
    }

    @Test
    void kernelUsesOnlyTheApiAndDisplay() {
        mayUseOnly("kernel", "api", "display");
    }
}
