package fr.peringenierie.site;

import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import fr.peringenierie.site.web.EveryInstance;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;

import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.scheduling.annotation.Scheduled;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With several instances on one database, each run of a scheduled job happens once: every
 * job takes a lock in the database first, and a lock held by one instance is refused to
 * the others.
 */
@SiteIntegrationTest
class JobLockTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	LockProvider locks;

	@Test
	void everyScheduledJobTakesALock() {
		List<String> unlocked = new ArrayList<>();
		List<String> locked = new ArrayList<>();
		for (String name : this.context.getBeanDefinitionNames()) {
			Object bean = this.context.getBean(name);
			Class<?> type = AopUtils.getTargetClass(bean);
			if (!type.getName().startsWith("fr.peringenierie.")) {
				continue;
			}
			for (Method method : type.getDeclaredMethods()) {
				// A task each instance runs on its own data says so; every other takes a
				// lock.
				if (method.isAnnotationPresent(Scheduled.class) && !method.isAnnotationPresent(EveryInstance.class)) {
					SchedulerLock lock = method.getAnnotation(SchedulerLock.class);
					(lock != null ? locked : unlocked).add(type.getSimpleName() + "." + method.getName());
				}
			}
		}
		assertThat(unlocked).as("tâches planifiées sans verrou").isEmpty();
		assertThat(locked).hasSizeGreaterThanOrEqualTo(7);
	}

	@Test
	void aLockHeldByOneInstanceIsRefusedToTheOthers() {
		LockConfiguration job = new LockConfiguration(Instant.now(), "test.job-lock", Duration.ofMinutes(1),
				Duration.ZERO);
		Optional<SimpleLock> first = this.locks.lock(job);
		assertThat(first).isPresent();
		assertThat(this.locks.lock(job)).as("pendant que la première instance le tient").isEmpty();
		first.get().unlock();
		Optional<SimpleLock> again = this.locks.lock(job);
		assertThat(again).isPresent();
		again.get().unlock();
	}

}
