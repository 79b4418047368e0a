package fr.peringenierie.site.web;

import java.util.regex.Pattern;

/**
 * Addresses of this site, as the paths a redirect may send a visitor to.
 */
public final class SitePaths {

	/**
	 * A path of this site: a slash, then letters, digits and the usual signs of an
	 * address; never a second slash or a backslash first, which browsers read as another
	 * site ({@code //evil.example}, {@code /\evil.example}), nor spaces or control
	 * characters, which they drop.
	 */
	public static final String PATTERN = "/(?![/\\\\])[A-Za-z0-9._~!$&'()*+,;=:@%/-]*";

	private static final Pattern SITE_PATH = Pattern.compile(PATTERN);

	private SitePaths() {
	}

	/** Whether an address may be sent to a visitor as a redirect. */
	public static boolean isSitePath(String path) {
		return path != null && SITE_PATH.matcher(path).matches();
	}

}
