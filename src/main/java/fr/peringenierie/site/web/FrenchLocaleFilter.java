package fr.peringenierie.site.web;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * The site speaks French to everyone, so the client's {@code Accept-Language} is never
 * parsed: a header listing more languages than Tomcat accepts would otherwise fail the
 * request with a server error before any page is chosen.
 */
public class FrenchLocaleFilter implements Filter {

	public static final Locale LOCALE = Locale.FRANCE;

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		chain.doFilter(new HttpServletRequestWrapper((HttpServletRequest) request) {

			@Override
			public Locale getLocale() {
				return LOCALE;
			}

			@Override
			public Enumeration<Locale> getLocales() {
				return Collections.enumeration(Collections.singletonList(LOCALE));
			}

		}, response);
	}

}
