package fr.peringenierie.site.backup;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A refused restore, said in French at the end of the output, without a stack trace to
 * read through.
 */
class RestoreFailureAnalyzer extends AbstractFailureAnalyzer<RestoreOnStart.RestoreRefused> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, RestoreOnStart.RestoreRefused cause) {
		return new FailureAnalysis("Restauration refusée : " + cause.getMessage(), "Vérifiez le fichier et l’option --"
				+ RestoreOnStart.FILE + " (voir le README, « Sauvegardes et restauration »). Rien n’a été modifié.",
				cause);
	}

}
