package cn.luzhi;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import cn.luzhi.shared.time.AppClock;
import jakarta.persistence.Entity;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Path;

/**
 * The walls between Lüzhi's modules, checked on every build (docs/architecture.md lists them). A rule here carries
 * no list of exceptions: code that breaks one is changed, not the rule.
 */
@AnalyzeClasses(packages = "cn.luzhi", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleWallsTest {
    static final String[] MODULES = { "cn.luzhi.directory..", "cn.luzhi.suggestions..", "cn.luzhi.supervision..", "cn.luzhi.evaluation.." };

    /** The plumbing every module uses knows none of them. */
    @ArchTest
    static final ArchRule sharedKnowsNoModule = noClasses().that().resideInAPackage("cn.luzhi.shared..").should().dependOnClassesThat()
            .resideInAnyPackage(MODULES);

    /** Resources translate HTTP; the service method they call is the transaction. */
    @ArchTest
    static final ArchRule resourcesAreNotTransactional = noClasses().that().areAnnotatedWith(Path.class).should()
            .beAnnotatedWith(Transactional.class).orShould().beAnnotatedWith(javax(Transactional.class));

    @ArchTest
    static final ArchRule resourceMethodsAreNotTransactional = methods().that().areDeclaredInClassesThat().areAnnotatedWith(Path.class)
            .should().notBeAnnotatedWith(Transactional.class);

    /** Resources never change an entity's fields themselves. */
    @ArchTest
    static final ArchRule resourcesChangeNoEntity = noClasses().that().areAnnotatedWith(Path.class).should(setFieldsOf(entities()));

    /** A workflow status changes only through its entity's own methods, which enforce the transition's rule. */
    @ArchTest
    static final ArchRule statusChangesOnlyInItsEntity = fields().that().haveName("status").and().areDeclaredInClassesThat()
            .areAnnotatedWith(Entity.class).should(beSetOnlyByTheirOwnClass());

    /** One clock: nothing but AppClock asks the system for the time, so tests can move it. */
    @ArchTest
    static final ArchRule oneClock = noClasses().that().doNotBelongToAnyOf(AppClock.class).should(readTheSystemTime());

    // ---------------------------------------------------------------------------------------------------------

    private static String javax(Class<?> c) {
        return c.getName().replace("jakarta.", "javax.");
    }

    private static DescribedPredicate<JavaClass> entities() {
        return DescribedPredicate.describe("entities", c -> c.isAnnotatedWith(Entity.class));
    }

    private static ArchCondition<JavaClass> setFieldsOf(DescribedPredicate<JavaClass> owners) {
        return new ArchCondition<>("set fields of " + owners.getDescription()) {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                for (JavaFieldAccess a : c.getFieldAccessesFromSelf()) {
                    if (a.getAccessType() == JavaFieldAccess.AccessType.SET && owners.test(a.getTargetOwner())) {
                        events.add(SimpleConditionEvent.satisfied(a, a.getDescription()));
                    }
                }
            }
        };
    }

    private static ArchCondition<com.tngtech.archunit.core.domain.JavaField> beSetOnlyByTheirOwnClass() {
        return new ArchCondition<>("be set only by their own class") {
            @Override
            public void check(com.tngtech.archunit.core.domain.JavaField f, ConditionEvents events) {
                for (JavaFieldAccess a : f.getAccessesToSelf()) {
                    JavaClass from = a.getOriginOwner();
                    boolean own = from.equals(f.getOwner()) || from.getEnclosingClass().map(f.getOwner()::equals).orElse(false);
                    if (a.getAccessType() == JavaFieldAccess.AccessType.SET && !own) {
                        events.add(SimpleConditionEvent.violated(a, a.getDescription()));
                    }
                }
            }
        };
    }

    private static ArchCondition<JavaClass> readTheSystemTime() {
        return new ArchCondition<>("read the system time (Instant/LocalDate/LocalDateTime/ZonedDateTime/OffsetDateTime.now(), Clock.system*, "
                + "System.currentTimeMillis)") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                for (JavaMethodCall call : c.getMethodCallsFromSelf()) {
                    if (readsSystemTime(call)) {
                        events.add(SimpleConditionEvent.satisfied(call, call.getDescription()));
                    }
                }
            }
        };
    }

    /** {@code now()} and {@code now(ZoneId)} read the system clock; {@code now(Clock)} reads the one it is given. */
    static boolean readsSystemTime(JavaAccess<?> call) {
        String owner = call.getTargetOwner().getName();
        String name = call.getName();
        if (call instanceof JavaMethodCall m && name.equals("now") && owner.startsWith("java.time.")) {
            var params = m.getTarget().getRawParameterTypes();
            return params.isEmpty() || !params.get(0).isAssignableTo(java.time.Clock.class);
        }
        if (owner.equals("java.time.Clock") && name.startsWith("system")) {
            return true;
        }
        return owner.equals("java.lang.System") && name.equals("currentTimeMillis");
    }
}
