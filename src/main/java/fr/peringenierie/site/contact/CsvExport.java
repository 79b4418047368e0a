package fr.peringenierie.site.contact;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Contact requests as CSV that opens correctly in a French spreadsheet: UTF-8 with a
 * byte-order mark, semicolons between cells, and no cell that a spreadsheet would run as
 * a formula.
 */
public final class CsvExport {

	static final String BOM = "\uFEFF";

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	private static final List<String> HEADER = List.of("N°", "Reçue le", "Statut", "Objet", "Nom", "Société", "E-mail",
			"Téléphone", "Message", "Note interne", "Notification");

	private CsvExport() {
	}

	public static byte[] of(List<ContactRequest> requests) {
		StringBuilder csv = new StringBuilder(BOM);
		line(csv, HEADER);
		for (ContactRequest request : requests) {
			line(csv,
					List.of(String.valueOf(request.getId()), DATE.format(request.getReceivedAtLocal()),
							request.getStatus().getLabel(), request.getSubjectLabel(), request.getName(),
							nullToEmpty(request.getCompany()), request.getEmail(), nullToEmpty(request.getPhone()),
							request.getMessage(), nullToEmpty(request.getInternalNote()),
							request.getNotificationStatus().getLabel()));
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static void line(StringBuilder csv, List<String> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				csv.append(';');
			}
			csv.append(cell(cells.get(i)));
		}
		csv.append("\r\n");
	}

	/**
	 * One cell, quoted; a leading character that would start a formula is neutralised
	 * with an apostrophe, which spreadsheets show as text.
	 */
	static String cell(String value) {
		String text = value;
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		return "\"" + text.replace("\"", "\"\"") + "\"";
	}

	private static String nullToEmpty(String value) {
		return (value != null) ? value : "";
	}

}
