package cn.luzhi;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** The rules of {@link ModuleWallsTest} fail on code that breaks them ({@code cn.luzhi.walls.WallBreakers}, a test class). */
class ModuleWallsCatchBreakersTest {
    final com.tngtech.archunit.core.domain.JavaClasses breakers = new ClassFileImporter().importPackages("cn.luzhi.walls", "cn.luzhi.suggestions");

    @Test
    void everyRuleCatchesItsBreaker() {
        for (ArchRule r : List.of(ModuleWallsTest.resourcesAreNotTransactional, ModuleWallsTest.resourceMethodsAreNotTransactional,
                ModuleWallsTest.resourcesChangeNoEntity, ModuleWallsTest.statusChangesOnlyInItsEntity, ModuleWallsTest.oneClock)) {
            assertTrue(r.evaluate(breakers).hasViolation(), r.getDescription());
        }
    }

    @Test
    void aDependencyOnAModuleIsSeen() {
        ArchRule r = noClasses().that().resideInAPackage("cn.luzhi.walls..").should().dependOnClassesThat()
                .resideInAnyPackage(ModuleWallsTest.MODULES);
        assertTrue(r.evaluate(breakers).hasViolation());
    }
}
