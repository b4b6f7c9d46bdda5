package cn.luzhi;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
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

import java.util.Optional;

import com.tngtech.archunit.core.domain.Dependency;

import cn.luzhi.shared.Surface;
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
    static final String[] MODULES = { "cn.luzhi.directory..", "cn.luzhi.suggestions..", "cn.luzhi.supervision..", "cn.luzhi.evaluation..",
            "cn.luzhi.notifications.." };

    /** The plumbing every module uses knows none of them. */
    @ArchTest
    static final ArchRule sharedKnowsNoModule = noClasses().that().resideInAPackage("cn.luzhi.shared..").should().dependOnClassesThat()
            .resideInAnyPackage(MODULES);

    /**
     * A module uses another only through what that one offers: types marked {@link Surface} (services, read-only
     * records and views, value enums, past-tense events) and what is nested in them. Its entities, queries and
     * other internals stay its own.
     */
    @ArchTest
    static final ArchRule modulesMeetOnlyAtTheirSurfaces = classes().that().resideInAnyPackage(MODULES).should(useOtherModulesOnlyThroughTheirSurface());

    /** An entity (any persistent class) is never part of a surface: other modules get a record or a view of it. */
    @ArchTest
    static final ArchRule noEntityIsASurface = noClasses().that().areAnnotatedWith(Entity.class).or()
            .areAssignableTo(io.quarkus.hibernate.orm.panache.PanacheEntityBase.class).should().beAnnotatedWith(Surface.class);

    /** HTTP types (resources and their request/response records) are for the HTTP layer only: services and other modules never use them. */
    @ArchTest
    static final ArchRule onlyTheHttpLayerUsesHttpTypes = noClasses().that().resideOutsideOfPackage("cn.luzhi.*.api..").should()
            .dependOnClassesThat().resideInAPackage("cn.luzhi.*.api..");

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

    /** The module a class belongs to ({@code cn.luzhi.<module>...}), none for shared plumbing and libraries. */
    static Optional<String> moduleOf(JavaClass c) {
        String pkg = c.getBaseComponentType().getPackageName();
        for (String m : MODULES) {
            String root = m.substring(0, m.length() - 2);
            if (pkg.equals(root) || pkg.startsWith(root + ".")) {
                return Optional.of(root);
            }
        }
        return Optional.empty();
    }

    /** Whether a class is marked {@link Surface} or nested (at any depth) in a class that is. */
    static boolean onSurface(JavaClass c) {
        for (Optional<JavaClass> k = Optional.of(c.getBaseComponentType()); k.isPresent(); k = k.get().getEnclosingClass()) {
            if (k.get().isAnnotatedWith(Surface.class)) {
                return true;
            }
        }
        return false;
    }

    static ArchCondition<JavaClass> useOtherModulesOnlyThroughTheirSurface() {
        return new ArchCondition<>("use other modules only through types marked @Surface") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                Optional<String> own = moduleOf(c);
                for (Dependency d : c.getDirectDependenciesFromSelf()) {
                    Optional<String> theirs = moduleOf(d.getTargetClass());
                    if (theirs.isPresent() && !theirs.equals(own) && !onSurface(d.getTargetClass())) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                }
            }
        };
    }

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
