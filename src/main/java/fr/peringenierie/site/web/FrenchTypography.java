package fr.peringenierie.site.web;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IPostProcessorDialect;
import org.thymeleaf.engine.AbstractTemplateHandler;
import org.thymeleaf.model.ICloseElementTag;
import org.thymeleaf.model.IOpenElementTag;
import org.thymeleaf.model.ITemplateStart;
import org.thymeleaf.model.IText;
import org.thymeleaf.postprocessor.IPostProcessor;
import org.thymeleaf.postprocessor.PostProcessor;
import org.thymeleaf.templatemode.TemplateMode;

import org.springframework.stereotype.Component;

/**
 * French typography on every public page as it is written out, whatever the text comes
 * from (a template, a setting, rich text typed by staff): the space before {@code : » }
 * and after {@code « } becomes a non-breaking space, the space before {@code ; ! ?} a
 * narrow non-breaking one, so that no sign is left alone at the start of a line. Markup,
 * URLs and the content of {@code script}, {@code style}, {@code pre}, {@code code} and
 * {@code textarea} (what staff edit must come back as they typed it) are left alone.
 */
@Component
public class FrenchTypography extends AbstractDialect implements IPostProcessorDialect {

	static final char NO_BREAK_SPACE = '\u00a0';

	static final char NARROW_NO_BREAK_SPACE = '\u202f';

	/** Tags inside a text written unescaped (rich text), kept as they are. */
	private static final Pattern TAG = Pattern.compile("<[^>]*>");

	private static final Pattern SPACE_BEFORE_HIGH_SIGN = Pattern.compile("[ \\u00a0]+([;!?])");

	private static final Pattern SPACE_BEFORE_COLON_OR_CLOSING_QUOTE = Pattern.compile("[ \\u202f]+([:»])");

	private static final Pattern SPACE_AFTER_OPENING_QUOTE = Pattern.compile("«[ \\u202f]+");

	public FrenchTypography() {
		super("Typographie française");
	}

	/**
	 * The text with French non-breaking spaces; tags in it are left untouched.
	 */
	public static String apply(String text) {
		if (text.indexOf(' ') < 0 && text.indexOf(NO_BREAK_SPACE) < 0 && text.indexOf(NARROW_NO_BREAK_SPACE) < 0) {
			return text;
		}
		StringBuilder result = new StringBuilder(text.length());
		Matcher tags = TAG.matcher(text);
		int start = 0;
		while (tags.find()) {
			result.append(words(text.substring(start, tags.start()))).append(tags.group());
			start = tags.end();
		}
		return result.append(words(text.substring(start))).toString();
	}

	private static String words(String text) {
		String result = SPACE_BEFORE_HIGH_SIGN.matcher(text).replaceAll(NARROW_NO_BREAK_SPACE + "$1");
		result = SPACE_BEFORE_COLON_OR_CLOSING_QUOTE.matcher(result).replaceAll(NO_BREAK_SPACE + "$1");
		return SPACE_AFTER_OPENING_QUOTE.matcher(result).replaceAll("«" + NO_BREAK_SPACE);
	}

	@Override
	public int getDialectPostProcessorPrecedence() {
		return 1000;
	}

	@Override
	public Set<IPostProcessor> getPostProcessors() {
		return Set.of(new PostProcessor(TemplateMode.HTML, Handler.class, 1000));
	}

	/**
	 * Rewrites the text of the page as Thymeleaf writes it out.
	 */
	public static class Handler extends AbstractTemplateHandler {

		private static final Set<String> VERBATIM = Set.of("script", "style", "pre", "code", "textarea");

		private int verbatimDepth;

		/** The back office keeps its own texts as written: staff read them in forms. */
		private boolean backOffice;

		@Override
		public void handleTemplateStart(ITemplateStart start) {
			this.backOffice = getContext().getTemplateData().getTemplate().startsWith("admin/");
			super.handleTemplateStart(start);
		}

		@Override
		public void handleOpenElement(IOpenElementTag tag) {
			if (VERBATIM.contains(tag.getElementCompleteName())) {
				this.verbatimDepth++;
			}
			super.handleOpenElement(tag);
		}

		@Override
		public void handleCloseElement(ICloseElementTag tag) {
			if (VERBATIM.contains(tag.getElementCompleteName()) && this.verbatimDepth > 0) {
				this.verbatimDepth--;
			}
			super.handleCloseElement(tag);
		}

		@Override
		public void handleText(IText text) {
			if (this.verbatimDepth == 0 && !this.backOffice) {
				String typeset = apply(text.getText());
				if (!typeset.equals(text.getText())) {
					super.handleText(getContext().getModelFactory().createText(typeset));
					return;
				}
			}
			super.handleText(text);
		}

	}

}
