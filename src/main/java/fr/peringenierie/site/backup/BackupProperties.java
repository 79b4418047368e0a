package fr.peringenierie.site.backup;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where backups go and how many are kept.
 *
 * @param folder the folder of the backups: on another disk than the data, or a mounted
 * share (shared by every instance, if there are several)
 * @param schedule when the nightly backup runs (cron, Paris time)
 * @param keepDaily how many days keep their last backup
 * @param keepWeekly how many weeks, beyond, keep their last backup
 * @param maxAge the age past which the dashboard warns that no backup was made
 */
@ConfigurationProperties("per.backup")
public record BackupProperties(@DefaultValue("./sauvegardes") Path folder,
		@DefaultValue("0 30 3 * * *") String schedule, @DefaultValue("7") int keepDaily,
		@DefaultValue("4") int keepWeekly, @DefaultValue("48h") java.time.Duration maxAge) {

}
