package fr.peringenierie.site.admin;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * On the first start, creates the administrator so that someone can sign in. There is
 * never a default password: it comes from {@code PER_ADMIN_PASSWORD} or is generated.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(FirstAdministrator.class);

	private final StaffAccounts accounts;

	private final AdminProperties properties;

	FirstAdministrator(StaffAccounts accounts, AdminProperties properties) {
		this.accounts = accounts;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.accounts.createFirstAdministratorIfNone()
			.ifPresent((password) -> logger.warn(
					"Premier administrateur créé : identifiant « {} », mot de passe généré « {} ». "
							+ "Il n’apparaîtra plus : changez-le après votre première connexion.",
					this.properties.username(), password));
	}

}
