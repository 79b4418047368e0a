package fr.peringenierie.site.backup;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.IsoFields;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which backups to keep: the last of each of the most recent days that have one, then the
 * last of each of the weeks before those days; the others are deleted.
 */
final class Retention {

	private Retention() {
	}

	/**
	 * @param backups when each backup was made
	 * @return those to keep
	 */
	static Set<LocalDateTime> kept(List<LocalDateTime> backups, int days, int weeks) {
		List<LocalDateTime> newestFirst = backups.stream().sorted(Comparator.reverseOrder()).toList();
		Set<LocalDateTime> kept = new LinkedHashSet<>();
		Set<LocalDate> keptDays = new HashSet<>();
		for (LocalDateTime backup : newestFirst) {
			if (keptDays.size() < days && keptDays.add(backup.toLocalDate())) {
				kept.add(backup);
			}
		}
		// The weeks that already have a daily backup kept do not count among the weeks.
		Set<String> dailyWeeks = new HashSet<>();
		kept.forEach((backup) -> dailyWeeks.add(week(backup)));
		LocalDate oldestDay = keptDays.stream().min(Comparator.naturalOrder()).orElse(LocalDate.MAX);
		Set<String> keptWeeks = new HashSet<>();
		for (LocalDateTime backup : newestFirst) {
			String week = week(backup);
			if (backup.toLocalDate().isBefore(oldestDay) && !dailyWeeks.contains(week) && keptWeeks.size() < weeks
					&& keptWeeks.add(week)) {
				kept.add(backup);
			}
		}
		return kept;
	}

	private static String week(LocalDateTime when) {
		return when.get(IsoFields.WEEK_BASED_YEAR) + "-" + when.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
	}

}
