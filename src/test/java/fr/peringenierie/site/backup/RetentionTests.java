package fr.peringenierie.site.backup;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which backups are kept: the last of each of the 7 latest days, then the last of each of
 * the 4 weeks before.
 */
class RetentionTests {

	@Test
	void sixtyNightsKeepSevenDaysThenFourWeeks() {
		List<LocalDateTime> nights = new ArrayList<>();
		LocalDateTime last = LocalDateTime.of(2026, 12, 7, 3, 30);
		for (int i = 0; i < 60; i++) {
			nights.add(last.minusDays(i));
		}
		Set<LocalDateTime> kept = Retention.kept(nights, 7, 4);
		assertThat(kept).hasSize(11);
		for (int i = 0; i < 7; i++) {
			assertThat(kept).contains(last.minusDays(i));
		}
		// 30 November is a Monday: the weeks before it end on Sundays 29, 22, 15 and 8.
		assertThat(kept).contains(LocalDateTime.of(2026, 11, 29, 3, 30), LocalDateTime.of(2026, 11, 22, 3, 30),
				LocalDateTime.of(2026, 11, 15, 3, 30), LocalDateTime.of(2026, 11, 8, 3, 30));
	}

	@Test
	void severalBackupsOnADayKeepTheLastOne() {
		LocalDateTime night = LocalDateTime.of(2026, 12, 7, 3, 30);
		LocalDateTime asked = LocalDateTime.of(2026, 12, 7, 11, 5);
		LocalDateTime yesterday = LocalDateTime.of(2026, 12, 6, 3, 30);
		assertThat(Retention.kept(List.of(night, asked, yesterday), 7, 4)).containsExactlyInAnyOrder(asked, yesterday);
	}

	@Test
	void aFewBackupsAreAllKept() {
		List<LocalDateTime> backups = List.of(LocalDateTime.of(2026, 12, 7, 3, 30),
				LocalDateTime.of(2026, 11, 2, 3, 30));
		assertThat(Retention.kept(backups, 7, 4)).containsExactlyInAnyOrderElementsOf(backups);
		assertThat(Retention.kept(List.of(), 7, 4)).isEmpty();
	}

}
