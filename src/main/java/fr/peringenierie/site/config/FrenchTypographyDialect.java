package fr.peringenierie.site.config;

import java.util.Set;

import fr.peringenierie.site.web.FrenchTypography;
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
 * {@link FrenchTypography} on every public page as Thymeleaf writes it out, whatever the
 * text comes from (a template, a setting, rich text typed by staff). Markup, attributes,
 * and the content of {@code script}, {@code style}, {@code pre}, {@code code} and
 * {@code textarea} are left alone; so is the back office, whose forms give staff back
 * what they typed.
 */
@Component
public class FrenchTypographyDialect extends AbstractDialect implements IPostProcessorDialect {

	FrenchTypographyDialect() {
		super("Typographie française");
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
				String typeset = FrenchTypography.apply(text.getText());
				if (!typeset.equals(text.getText())) {
					super.handleText(getContext().getModelFactory().createText(typeset));
					return;
				}
			}
			super.handleText(text);
		}

	}

}
