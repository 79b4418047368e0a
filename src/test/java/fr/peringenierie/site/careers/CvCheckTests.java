package fr.peringenierie.site.careers;

import java.time.Period;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What passes as a CV: a PDF by its bytes, that PDFBox reads, of a sensible size, without
 * password, scripts or attached files.
 */
class CvCheckTests {

	private final CvCheck check = new CvCheck(new CareersProperties(Period.ofYears(2), DataSize.ofMegabytes(5), 20));

	@Test
	void aPlainPdfPassesWithItsPageCount() {
		assertThat(this.check.check("Votre CV", Pdfs.cv(2))).isEqualTo(2);
	}

	@Test
	void aWebPageNamedPdfIsRefusedAsAWebPage() {
		assertThatExceptionOfType(CvCheck.Refused.class).isThrownBy(() -> this.check.check("Votre CV", Pdfs.WEB_PAGE))
			.withMessageContaining("n’est pas un PDF (c’est une page web)");
	}

	@Test
	void programsAreRefused() {
		for (byte[] program : Pdfs.PROGRAMS) {
			assertThatExceptionOfType(CvCheck.Refused.class).isThrownBy(() -> this.check.check("Votre CV", program))
				.withMessageContaining("n’est pas un PDF");
		}
		assertThatExceptionOfType(CvCheck.Refused.class)
			.isThrownBy(() -> this.check.check("Votre CV", Pdfs.PROGRAMS.get(0)))
			.withMessageContaining("programme");
	}

	@Test
	void aPdfThatRunsAScriptOrCarriesAFileIsRefused() {
		assertThatExceptionOfType(CvCheck.Refused.class)
			.isThrownBy(() -> this.check.check("Votre CV", Pdfs.withScript()))
			.withMessageContaining("du code");
		assertThatExceptionOfType(CvCheck.Refused.class)
			.isThrownBy(() -> this.check.check("Votre CV", Pdfs.withAttachment()))
			.withMessageContaining("fichiers joints");
	}

	@Test
	void aPasswordProtectedPdfIsRefused() {
		assertThatExceptionOfType(CvCheck.Refused.class)
			.isThrownBy(() -> this.check.check("Votre CV", Pdfs.withPassword()))
			.withMessageContaining("mot de passe");
	}

	@Test
	void tooManyPagesOrTooManyBytesAreRefused() {
		assertThatExceptionOfType(CvCheck.Refused.class).isThrownBy(() -> this.check.check("Votre CV", Pdfs.cv(21)))
			.withMessageContaining("21 pages");
		byte[] huge = Arrays.copyOf(Pdfs.cv(1), 6 * 1024 * 1024);
		assertThatExceptionOfType(CvCheck.Refused.class).isThrownBy(() -> this.check.check("Votre CV", huge))
			.withMessageContaining("dépasse 5 Mo");
	}

	@Test
	void aDamagedPdfIsRefused() {
		byte[] cut = Arrays.copyOf(Pdfs.cv(1), 40);
		assertThatExceptionOfType(CvCheck.Refused.class).isThrownBy(() -> this.check.check("Votre CV", cut));
		assertThatExceptionOfType(CvCheck.Refused.class)
			.isThrownBy(() -> this.check.check("Votre CV", "%PDF-1.7\n1 0 obj << /Type /Catalog".getBytes()));
	}

}
