package fr.peringenierie.site.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chart's bars: one a day up to three months, one a week beyond, the highest reaching
 * the top of the drawing.
 */
class VisitorChartTests {

	@Test
	void oneBarADayScaledToTheBusiestDay() {
		LocalDate monday = LocalDate.of(2026, 11, 30);
		VisitorChart chart = VisitorChart.of(List.of(new AudienceReport.Day(monday, 0, 0),
				new AudienceReport.Day(monday.plusDays(1), 12, 5), new AudienceReport.Day(monday.plusDays(2), 30, 10)));
		assertThat(chart.perWeek()).isFalse();
		assertThat(chart.max()).isEqualTo(10);
		assertThat(chart.bars()).extracting(VisitorChart.Bar::height).containsExactly("0.0", "75.0", "150.0");
		assertThat(chart.bars()).extracting(VisitorChart.Bar::y).containsExactly("160.0", "85.0", "10.0");
		assertThat(chart.bars().get(2).label()).isEqualTo("2 décembre 2026 : 10 visiteurs");
	}

	@Test
	void aYearIsDrawnWeekByWeek() {
		List<AudienceReport.Day> days = new ArrayList<>();
		LocalDate first = LocalDate.of(2025, 12, 8);
		for (int i = 0; i < 365; i++) {
			days.add(new AudienceReport.Day(first.plusDays(i), 2, 1));
		}
		VisitorChart chart = VisitorChart.of(days);
		assertThat(chart.perWeek()).isTrue();
		assertThat(chart.bars()).hasSize(53);
		assertThat(chart.max()).isEqualTo(7);
		assertThat(chart.bars().get(0).label()).startsWith("Semaine du 8 décembre 2025 : 7 visiteurs");
	}

}
