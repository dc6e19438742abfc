package dev.visionbook.media;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MediaPackageDependenciesTest {

    @Test
    void media_depends_on_no_other_visionbook_package() throws URISyntaxException {
        // Importing the compiled directory, not the package: a package import scans every jar on
        // the classpath, FFmpeg's natives included, which takes seconds.
        Path classes = Path.of(MediaTypes.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        // Package names are all the rule needs, so the targets (JavaCV, FFmpeg) need not be loaded.
        ArchConfiguration configuration = ArchConfiguration.get();
        boolean resolving = configuration.resolveMissingDependenciesFromClassPath();
        configuration.setResolveMissingDependenciesFromClassPath(false);
        JavaClasses media;
        try {
            media = new ClassFileImporter().importPath(classes.resolve("dev/visionbook/media"));
        } finally {
            configuration.setResolveMissingDependenciesFromClassPath(resolving);
        }

        noClasses().that().resideInAPackage("dev.visionbook.media")
                .should().dependOnClassesThat(resideInAPackage("dev.visionbook..")
                        .and(not(resideInAPackage("dev.visionbook.media"))))
                .check(media);
    }
}
