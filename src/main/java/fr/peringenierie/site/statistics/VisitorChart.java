package fr.peringenierie.site.statistics;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Visitors over a period as bars of an SVG drawn on the server (no script): one bar a day
 * up to three months, one a week beyond. Coordinates are in the SVG's own units.
 *
 * @param bars the bars, oldest first
 * @param max the highest value, the top of the scale
 * @param perWeek whether a bar stands for a week
 */
public record VisitorChart(List<Bar> bars, long max, boolean perWeek) {

	static final int WIDTH = 600;

	static final int HEIGHT = 160;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);

	static VisitorChart of(List<AudienceReport.Day> days) {
		boolean perWeek = days.size() > 92;
		Map<LocalDate, Long> values = new LinkedHashMap<>();
		for (AudienceReport.Day day : days) {
			LocalDate key = perWeek ? day.day().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day.day();
			values.merge(key, day.visitors(), Long::sum);
		}
		long max = Math.max(1, values.values().stream().mapToLong(Long::longValue).max().orElse(1));
		double step = (double) WIDTH / Math.max(1, values.size());
		List<Bar> bars = new ArrayList<>();
		int index = 0;
		for (Map.Entry<LocalDate, Long> value : values.entrySet()) {
			double height = (double) value.getValue() * (HEIGHT - 10) / max;
			String label = (perWeek ? "Semaine du " : "") + DAY.format(value.getKey()) + " : " + value.getValue()
					+ ((value.getValue() > 1) ? " visiteurs" : " visiteur");
			bars.add(new Bar(round(index * step + step * 0.1), round(HEIGHT - height), round(step * 0.8), round(height),
					label));
			index++;
		}
		return new VisitorChart(bars, max, perWeek);
	}

	public int width() {
		return WIDTH;
	}

	public int height() {
		return HEIGHT;
	}

	public String viewBox() {
		return "0 0 " + WIDTH + " " + HEIGHT;
	}

	private static String round(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

	/** One bar: its place, its size, and what it says. */
	public record Bar(String x, String y, String width, String height, String label) {

	}

}
