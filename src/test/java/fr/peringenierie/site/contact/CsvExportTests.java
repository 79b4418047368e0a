package fr.peringenierie.site.contact;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvExportTests {

	@Test
	void cellsThatWouldRunAsFormulasAreNeutralised() {
		assertThat(CsvExport.cell("=1+1")).isEqualTo("\"'=1+1\"");
		assertThat(CsvExport.cell("+33 4 67")).isEqualTo("\"'+33 4 67\"");
		assertThat(CsvExport.cell("-2")).isEqualTo("\"'-2\"");
		assertThat(CsvExport.cell("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
		assertThat(CsvExport.cell("\tcmd")).isEqualTo("\"'\tcmd\"");
	}

	@Test
	void quotesAndSeparatorsStayInsideTheirCell() {
		assertThat(CsvExport.cell("Société \"Sud\"; Montpellier")).isEqualTo("\"Société \"\"Sud\"\"; Montpellier\"");
		assertThat(CsvExport.cell("")).isEqualTo("\"\"");
	}

}
