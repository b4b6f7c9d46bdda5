package cn.luzhi;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    final com.tngtech.archunit.core.domain.JavaClasses crossing = new ClassFileImporter().importClasses(
            cn.luzhi.evaluation.walls.CrossesTheWalls.class);
    final com.tngtech.archunit.core.domain.JavaClasses keeping = new ClassFileImporter().importClasses(
            cn.luzhi.evaluation.walls.KeepsToTheSurfaces.class);

    @Test
    void aModuleReachingIntoAnotherIsCaughtAndOneKeepingToItsSurfacesIsNot() {
        var crossed = ModuleWallsTest.modulesMeetOnlyAtTheirSurfaces.evaluate(crossing);
        String report = String.join("\n", crossed.getFailureReport().getDetails());
        assertTrue(report.contains("cn.luzhi.directory.DeputyMandate.name"), report);
        assertTrue(report.contains("cn.luzhi.suggestions.Suggestion.round"), report);
        assertTrue(ModuleWallsTest.onlyTheHttpLayerUsesHttpTypes.evaluate(crossing).hasViolation());
        var kept = ModuleWallsTest.modulesMeetOnlyAtTheirSurfaces.evaluate(keeping);
        assertFalse(kept.hasViolation(), String.join("\n", kept.getFailureReport().getDetails()));
        assertFalse(ModuleWallsTest.onlyTheHttpLayerUsesHttpTypes.evaluate(keeping).hasViolation());
    }

    @Test
    void anEntityOnASurfaceIsCaught() {
        assertTrue(ModuleWallsTest.noEntityIsASurface.evaluate(breakers).hasViolation());
    }

    @Test
    void aDependencyOnAModuleIsSeen() {
        ArchRule r = noClasses().that().resideInAPackage("cn.luzhi.walls..").should().dependOnClassesThat()
                .resideInAnyPackage(ModuleWallsTest.MODULES);
        assertTrue(r.evaluate(breakers).hasViolation());
    }
}
