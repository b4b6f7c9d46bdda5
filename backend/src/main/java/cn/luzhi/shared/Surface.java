package cn.luzhi.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a type of a module that other modules may use: a service, a read-only record or view, a value type (an
 * enum), or a past-tense event. Everything else in a module (its entities, queries, internals) is its own; the
 * build fails when another module reaches for it (ModuleWallsTest). A type nested in a surface type is part of it.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Surface {
}
