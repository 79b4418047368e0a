package fr.peringenierie.site.careers;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;

/**
 * PDF files as candidates send them, good and bad, made with PDFBox.
 */
final class Pdfs {

	private Pdfs() {
	}

	/** A CV of so many pages, each with a line of text. */
	static byte[] cv(int pages) {
		return make(pages, (document) -> {
		});
	}

	/** A CV that runs a script when it is opened. */
	static byte[] withScript() {
		return make(1, (document) -> document.getDocumentCatalog()
			.setOpenAction(new PDActionJavaScript("app.alert('Bonjour');")));
	}

	/** A CV that carries another file. */
	static byte[] withAttachment() {
		return make(1, (document) -> {
			try {
				PDEmbeddedFile file = new PDEmbeddedFile(document,
						new java.io.ByteArrayInputStream("MZ...".getBytes(StandardCharsets.US_ASCII)));
				PDComplexFileSpecification specification = new PDComplexFileSpecification();
				specification.setFile("outil.exe");
				specification.setEmbeddedFile(file);
				PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
				tree.setNames(java.util.Map.of("outil.exe", specification));
				PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
				names.setEmbeddedFiles(tree);
				document.getDocumentCatalog().setNames(names);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	/** A CV that opens only with a password. */
	static byte[] withPassword() {
		return make(1, (document) -> {
			try {
				StandardProtectionPolicy policy = new StandardProtectionPolicy("proprietaire", "secret",
						new AccessPermission());
				policy.setEncryptionKeyLength(128);
				document.protect(policy);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	private static byte[] make(int pages, Consumer<PDDocument> more) {
		try (PDDocument document = new PDDocument()) {
			for (int i = 0; i < pages; i++) {
				PDPage page = new PDPage();
				document.addPage(page);
				try (PDPageContentStream text = new PDPageContentStream(document, page)) {
					text.beginText();
					text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
					text.newLineAtOffset(72, 700);
					text.showText("Jeanne Martin - projeteuse structure - page " + (i + 1));
					text.endText();
				}
			}
			more.accept(document);
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			document.save(bytes);
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Files named {@code .pdf} that are something else. */
	static final byte[] WEB_PAGE = "<!DOCTYPE html><html><head><title>CV</title></head><body><script>alert(1)</script></body></html>"
		.getBytes(StandardCharsets.UTF_8);

	static final List<byte[]> PROGRAMS = List.of(windowsProgram(),
			"\u007fELF\u0002\u0001\u0001\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0002\u0000\u003e\u0000"
				.getBytes(StandardCharsets.ISO_8859_1));

	private static byte[] windowsProgram() {
		byte[] program = new byte[512];
		program[0] = 'M';
		program[1] = 'Z';
		// e_lfanew: the PE header at 0x80
		program[0x3c] = (byte) 0x80;
		program[0x80] = 'P';
		program[0x81] = 'E';
		return program;
	}

}
