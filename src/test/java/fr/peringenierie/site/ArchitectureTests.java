package fr.peringenierie.site;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The map of the code, kept true: a kernel ({@code web}) that knows no feature, features
 * that never depend on each other in a loop, and a shell ({@code shell}, {@code config})
 * on top that may know them all.
 */
class ArchitectureTests {

	static final String ROOT = "fr.peringenierie.site";

	final JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages(ROOT);

	@Test
	void noPackageDependsOnItselfThroughAnother() {
		slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(this.classes);
	}

	@Test
	void theKernelKnowsNoFeature() {
		noClasses().that()
			.resideInAPackage(ROOT + ".web..")
			.should()
			.dependOnClassesThat()
			.resideOutsideOfPackages(ROOT + ".web..", "java..", "javax.sql..", "javax.imageio..", "jakarta..",
					"org.springframework..", "org.slf4j..", "org.owasp..", "net.coobird.thumbnailator..",
					"net.javacrumbs.shedlock..", "com.github.benmanes.caffeine..", "org.hibernate..", "tools.jackson..")
			.check(this.classes);
	}

	@Test
	void nothingButTheShellDependsOnTheShell() {
		noClasses().that()
			.resideOutsideOfPackages(ROOT + ".shell..", ROOT + ".config..", ROOT)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(ROOT + ".shell..", ROOT + ".config..")
			.check(this.classes);
	}

}
