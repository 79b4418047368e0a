package fr.peringenierie.site.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field of content whose every published value is kept in the item's history, shown to
 * staff under this label, compared and restored. Fields that are not tracked (the
 * address, the order, the bin's marks) keep their own rules when a version is restored.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Tracked {

	/** The field's name as staff read it. */
	String value();

}
