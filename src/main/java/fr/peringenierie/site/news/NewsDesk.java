package fr.peringenierie.site.news;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import fr.peringenierie.site.department.Department;
import fr.peringenierie.site.project.Project;
import fr.peringenierie.site.sitewide.SiteWideContent;
import fr.peringenierie.site.web.BaseEntity;
import fr.peringenierie.site.web.JsonLd;
import fr.peringenierie.site.web.Mentions;
import fr.peringenierie.site.web.Paging;
import fr.peringenierie.site.web.PublicAddress;
import fr.peringenierie.site.web.SitemapEntries;
import org.hibernate.Hibernate;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The news as visitors read them: the list, a post, the Atom feed, the structured data,
 * the latest posts for the home page, and the posts that mention a project or a
 * department.
 */
@Service
@Transactional(readOnly = true)
public class NewsDesk implements SitemapEntries, Mentions {

	static final int PAGE_SIZE = 10;

	static final int FEED_SIZE = 20;

	static final String FEED_PATH = NewsPost.LIST_PATH + "/feed.xml";

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("firstPublishedAt"), Sort.Order.desc("id"));

	private final NewsRepository posts;

	private final PublicAddress site;

	private final SiteWideContent siteWide;

	NewsDesk(NewsRepository posts, PublicAddress site, SiteWideContent siteWide) {
		this.posts = posts;
		this.site = site;
		this.siteWide = siteWide;
	}

	/**
	 * A page of the list, newest first; a page number past the last gives the last.
	 */
	public Page<NewsPost> page(int number, NewsCategory category) {
		return Paging.clamped(number - 1, PAGE_SIZE, NEWEST_FIRST, (pageable) -> (category != null)
				? this.posts.findOnline(category, pageable) : this.posts.findOnline(pageable));
	}

	/**
	 * The latest posts, for the home page: none when there are none.
	 */
	public List<NewsPost> latest(int count) {
		return this.posts.findLatest(Limit.of(count));
	}

	public Optional<NewsPost> findOnline(String slug) {
		return this.posts.findOnlineBySlug(slug);
	}

	@Override
	public List<String> sitemapPaths() {
		List<String> paths = new ArrayList<>();
		this.posts.findOnlineSlugs().forEach((slug) -> paths.add(NewsPost.address(slug)));
		return paths;
	}

	@Override
	public List<Mention> of(BaseEntity item) {
		Class<?> type = Hibernate.getClass(item);
		List<NewsPost> found = (type == Project.class) ? this.posts.findOnlineMentioningProject(item.getId())
				: (type == Department.class) ? this.posts.findOnlineMentioningDepartment(item.getId()) : List.of();
		return found.stream()
			.map((post) -> new Mention(post.getTitle(), post.getAddress(), post.getDate(),
					post.getCategory().getLabel()))
			.toList();
	}

	/**
	 * The absolute address of the post's photo as shared on social networks, or
	 * {@code null}.
	 */
	public String imageUrl(NewsPost post) {
		return post.getImage().isPresent() ? this.site.absoluteUrl(post.getImage().url(1600)) : null;
	}

	/**
	 * The post as schema.org {@code NewsArticle}: what search engines show of it.
	 */
	public Map<String, Object> structuredData(NewsPost post) {
		String company = this.siteWide.settings().getCompanyName();
		Map<String, Object> organization = JsonLd.object("@type", "Organization", "name", company, "url",
				this.site.absoluteUrl("/"));
		Map<String, Object> article = new LinkedHashMap<>();
		article.put("@context", "https://schema.org");
		article.put("@type", "NewsArticle");
		article.put("headline", post.getTitle());
		article.put("description", post.getSummary());
		article.put("url", this.site.absoluteUrl(post.getAddress()));
		article.put("mainEntityOfPage", this.site.absoluteUrl(post.getAddress()));
		if (post.getImage().isPresent()) {
			article.put("image", List.of(imageUrl(post)));
		}
		article.put("datePublished", isoDate(post.getFirstPublishedAt()));
		article.put("dateModified",
				isoDate((post.getModifiedAt() != null) ? post.getModifiedAt() : post.getFirstPublishedAt()));
		article.put("articleSection", post.getCategory().getLabel());
		article.put("author", organization);
		article.put("publisher", organization);
		return article;
	}

	private static String isoDate(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC).toString();
	}

	/**
	 * The latest posts as an Atom 1.0 feed, written by ROME.
	 */
	public String feed() {
		String company = this.siteWide.settings().getCompanyName();
		List<NewsPost> latest = latest(FEED_SIZE);
		Feed feed = new Feed("atom_1.0");
		feed.setId(this.site.absoluteUrl(NewsPost.LIST_PATH));
		feed.setTitle("Actualités de " + company);
		feed.setAlternateLinks(List.of(link("alternate", "text/html", NewsPost.LIST_PATH)));
		feed.setOtherLinks(List.of(link("self", "application/atom+xml", FEED_PATH)));
		SyndPerson author = new SyndPersonImpl();
		author.setName(company);
		author.setUri(this.site.absoluteUrl("/"));
		feed.setAuthors(List.of(author));
		Instant updated = latest.stream()
			.map((post) -> (post.getModifiedAt() != null) ? post.getModifiedAt() : post.getFirstPublishedAt())
			.max(Instant::compareTo)
			.orElse(Instant.EPOCH);
		feed.setUpdated(Date.from(updated));
		List<Entry> entries = new ArrayList<>();
		for (NewsPost post : latest) {
			entries.add(entry(post));
		}
		feed.setEntries(entries);
		try {
			return new WireFeedOutput().outputString(feed);
		}
		catch (FeedException ex) {
			throw new IllegalStateException("Flux des actualités impossible à écrire", ex);
		}
	}

	private Entry entry(NewsPost post) {
		Entry entry = new Entry();
		// An id that stays when the address changes: readers do not show the post twice.
		entry.setId(
				"tag:" + this.site.baseUrl().getHost() + "," + post.getDate().getYear() + ":actualite-" + post.getId());
		entry.setTitle(post.getTitle());
		entry.setPublished(Date.from(post.getFirstPublishedAt()));
		entry.setUpdated(Date.from((post.getModifiedAt() != null) ? post.getModifiedAt() : post.getFirstPublishedAt()));
		entry.setAlternateLinks(List.of(link("alternate", "text/html", post.getAddress())));
		Content summary = new Content();
		summary.setType("text");
		summary.setValue(post.getSummary());
		entry.setSummary(summary);
		if (post.getBody() != null) {
			Content content = new Content();
			content.setType("html");
			content.setValue(post.getBody());
			entry.setContents(List.of(content));
		}
		Category category = new Category();
		category.setTerm(post.getCategory().getSlug());
		category.setLabel(post.getCategory().getLabel());
		entry.setCategories(List.of(category));
		return entry;
	}

	private Link link(String rel, String type, String path) {
		Link link = new Link();
		link.setRel(rel);
		link.setType(type);
		link.setHref(this.site.absoluteUrl(path));
		return link;
	}

}
