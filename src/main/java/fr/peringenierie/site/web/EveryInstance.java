package fr.peringenierie.site.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a scheduled task that every instance runs for itself, on what it holds in memory
 * (its own counts, say): it takes no lock, unlike the jobs that must run once for all
 * instances ({@code @SchedulerLock}).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface EveryInstance {

}
