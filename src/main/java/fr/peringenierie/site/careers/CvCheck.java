package fr.peringenierie.site.careers;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.tika.Tika;

import org.springframework.stereotype.Component;

/**
 * Decides whether a file sent as a CV or a cover letter is a PDF staff can open safely.
 * What it is is read from its bytes by Apache Tika, never from its name or the type the
 * browser declared; then Apache PDFBox parses it: a file it cannot read, a
 * password-protected one, one of too many pages, or one that carries scripts, launch
 * actions, forms that send data or attached files is refused with the reason in French.
 */
@Component
class CvCheck {

	/** Objects walked at most: a real CV has a few thousand. */
	static final int MAX_OBJECTS = 200_000;

	/** Actions that run something or fetch or send data when the file is opened. */
	private static final Set<COSName> ACTIVE_ACTIONS = Set.of(COSName.JAVA_SCRIPT, COSName.getPDFName("Launch"),
			COSName.getPDFName("ImportData"), COSName.getPDFName("SubmitForm"), COSName.getPDFName("GoToE"),
			COSName.getPDFName("Rendition"), COSName.getPDFName("RichMediaExecute"));

	/** Annotations that carry media or files. */
	private static final Set<COSName> ACTIVE_ANNOTATIONS = Set.of(COSName.getPDFName("FileAttachment"),
			COSName.getPDFName("RichMedia"), COSName.getPDFName("Movie"), COSName.getPDFName("Sound"),
			COSName.getPDFName("Screen"), COSName.getPDFName("3D"));

	private final Tika tika = new Tika();

	private final CareersProperties properties;

	CvCheck(CareersProperties properties) {
		this.properties = properties;
	}

	/**
	 * Checks one file.
	 * @param what the file as the candidate reads it: « Votre CV »
	 * @return the number of pages
	 * @throws Refused with the reason, in French
	 */
	int check(String what, byte[] bytes) {
		if (bytes.length > this.properties.maxFileSize().toBytes()) {
			throw new Refused(what + " dépasse " + this.properties.maxFileSize().toMegabytes()
					+ " Mo : enregistrez-le en PDF plus léger (images moins lourdes) puis choisissez-le de nouveau.");
		}
		String type = this.tika.detect(bytes);
		if (!"application/pdf".equals(type)) {
			throw new Refused(what + " n’est pas un PDF" + describe(type)
					+ " : enregistrez-le en PDF (« Enregistrer sous » ou « Imprimer » vers PDF) puis choisissez-le de nouveau.");
		}
		try (PDDocument document = Loader.loadPDF(bytes, "", null, null,
				MemoryUsageSetting.setupMainMemoryOnly(64L * 1024 * 1024).streamCache)) {
			int pages = document.getNumberOfPages();
			if (pages == 0) {
				throw new Refused(what + " ne contient aucune page.");
			}
			if (pages > this.properties.maxPages()) {
				throw new Refused(what + " compte " + pages + " pages : " + this.properties.maxPages()
						+ " au plus. Envoyez l’essentiel, vous pourrez nous transmettre le reste ensuite.");
			}
			String active = activeContent(document);
			if (active != null) {
				throw new Refused(what + " contient " + active
						+ ", que nous n’ouvrons pas par prudence : enregistrez-le de nouveau en PDF (« Imprimer » vers PDF) puis choisissez-le de nouveau.");
			}
			return pages;
		}
		catch (InvalidPasswordException ex) {
			throw new Refused(what
					+ " est protégé par un mot de passe : enregistrez-le sans protection puis choisissez-le de nouveau.");
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof Refused refused) {
				throw refused;
			}
			throw new Refused(what
					+ " est un PDF endommagé ou illisible : enregistrez-le de nouveau en PDF puis choisissez-le de nouveau.");
		}
	}

	/**
	 * What the file holds that could act when it is opened, or {@code null}: the whole
	 * object graph is walked from the trailer, since an action may hide anywhere (the
	 * opening action, a page, a link, a form field, the name tree).
	 */
	static String activeContent(PDDocument document) {
		Deque<COSBase> todo = new ArrayDeque<>();
		Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		todo.push(document.getDocument().getTrailer());
		while (!todo.isEmpty()) {
			COSBase base = todo.pop();
			if (base instanceof COSObject reference) {
				base = reference.getObject();
			}
			if (base == null || !seen.add(base)) {
				continue;
			}
			if (seen.size() > MAX_OBJECTS) {
				return "trop d’objets pour être vérifié";
			}
			if (base instanceof COSDictionary dictionary) {
				if (isOneOf(dictionary.getCOSName(COSName.S), ACTIVE_ACTIONS) || dictionary.containsKey(COSName.JS)
						|| dictionary.containsKey(COSName.JAVA_SCRIPT)) {
					return "du code ou des actions automatiques";
				}
				if (dictionary.containsKey(COSName.EF) || dictionary.containsKey(COSName.EMBEDDED_FILES)
						|| isOneOf(dictionary.getCOSName(COSName.SUBTYPE), ACTIVE_ANNOTATIONS)) {
					return "des fichiers joints ou des médias";
				}
				if (dictionary.containsKey(COSName.XFA)) {
					return "un formulaire dynamique (XFA)";
				}
				todo.addAll(dictionary.getValues());
			}
			else if (base instanceof COSArray array) {
				array.forEach(todo::push);
			}
		}
		return null;
	}

	/** Whether a name is one of a set (which, made by {@code Set.of}, refuses null). */
	private static boolean isOneOf(COSName name, Set<COSName> names) {
		return name != null && names.contains(name);
	}

	private static String describe(String type) {
		if (type.equals("text/html") || type.equals("application/xhtml+xml")) {
			return " (c’est une page web)";
		}
		if (type.contains("msdownload") || type.contains("executable") || type.contains("dosexec")
				|| type.contains("x-elf") || type.contains("mach-o") || type.contains("sharedlib")) {
			return " (c’est un programme)";
		}
		if (type.startsWith("image/")) {
			return " (c’est une image)";
		}
		if (type.contains("word") || type.contains("officedocument") || type.contains("opendocument")
				|| type.contains("x-tika-msoffice") || type.contains("x-tika-ooxml")) {
			return " (c’est un document de traitement de texte)";
		}
		if (type.startsWith("text/")) {
			return " (c’est un fichier texte)";
		}
		return "";
	}

	/**
	 * A file refused, with the reason as the candidate reads it.
	 */
	static class Refused extends RuntimeException {

		Refused(String reason) {
			super(reason);
		}

	}

}
