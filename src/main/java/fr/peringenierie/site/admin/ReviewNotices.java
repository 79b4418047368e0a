package fr.peringenierie.site.admin;

import java.util.Arrays;
import java.util.List;

import fr.peringenierie.site.mail.MailOutbox;
import fr.peringenierie.site.revision.ReviewEvent;
import fr.peringenierie.site.web.PublicAddress;
import fr.peringenierie.site.web.StaffRole;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes to the people a review concerns: the reviewers when a contributor proposes a
 * change, the contributor when it is published or sent back. Queued in the transaction of
 * the step itself, so a mail is sent if, and only if, the step happened.
 */
@Component
class ReviewNotices {

	private final StaffUserRepository users;

	private final StaffAccounts accounts;

	private final MailOutbox outbox;

	private final PublicAddress site;

	ReviewNotices(StaffUserRepository users, StaffAccounts accounts, MailOutbox outbox, PublicAddress site) {
		this.users = users;
		this.accounts = accounts;
		this.outbox = outbox;
		this.site = site;
	}

	@EventListener
	void on(ReviewEvent event) {
		String subject = event.kindLabel() + " « " + event.title() + " »";
		String link = this.site.absoluteUrl(event.editUrl());
		switch (event.step()) {
			case PROPOSED -> {
				List<StaffRole> reviewers = Arrays.stream(StaffRole.values()).filter(StaffRole::publishes).toList();
				for (StaffUser reviewer : this.users.findByRoleInAndEnabledTrueAndEmailNotNull(reviewers)) {
					this.outbox.queue(reviewer.getEmail(), "Proposition à relire : " + subject, """
							Bonjour,

							%s propose une modification de %s.

							Relisez-la, puis publiez-la ou renvoyez-la avec vos remarques :
							%s
							""".formatted(event.author(), subject, this.site.absoluteUrl("/admin/relecture")));
				}
			}
			case PUBLISHED -> this.accounts.email(event.author())
				.ifPresent((email) -> this.outbox.queue(email, "Votre proposition est en ligne : " + subject, """
						Bonjour,

						%s a publié votre proposition de %s. Elle est en ligne.

						%s
						""".formatted(event.reviewer(), subject, link)));
			case SENT_BACK -> this.accounts.email(event.author())
				.ifPresent((email) -> this.outbox.queue(email, "Votre proposition vous est renvoyée : " + subject, """
						Bonjour,

						%s vous renvoie votre proposition de %s, avec cette remarque :

						%s

						Elle reste votre brouillon : reprenez-la, puis proposez-la de nouveau.
						%s
						""".formatted(event.reviewer(), subject, event.note(), link)));
		}
	}

}
