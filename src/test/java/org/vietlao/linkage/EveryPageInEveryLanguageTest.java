package org.vietlao.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 11's walk over every page, in Vietnamese, Lao and English: each role's pages are found by following the
 * links of the navigation and of the pages themselves from the home page (as {@link AccessibilityBrowserTest}
 * does, one page per shape, downloads left out), then each is read in the three languages. No page may show a
 * doubled apostrophe (a MessageFormat slip: "MoU''s"), an unresolved message key ({@code ??key_lo??}), or, on a
 * Vietnamese or Lao page, the English name of a province or country that has a name in that language. The same
 * checks run on planted texts first, so that the test can fail.
 */
@IntegrationTest
class EveryPageInEveryLanguageTest {

    static final List<String> LANGUAGES = List.of("vi", "lo", "en");

    static final List<String> USERS = List.of("analyst", "admin", "officer", "la-enterprise", "vn-enterprise");

    /** Thymeleaf's rendering of a message key that no bundle has. */
    static final Pattern MISSING_KEY = Pattern.compile("\\?\\?[\\w.\\-]+\\?\\?");

    /** Attributes people read or hear. */
    static final String READ_ATTRIBUTES = "title, aria-label, placeholder, alt";

    // 100 since issue 17: the zone pages (list, filters, park, comparison) come before the admin pages in the walk.
    static final int MAX_PAGES = 100;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theChecksFindWhatTheyLookFor() {
        EnglishReferenceNames names = new EnglishReferenceNames(jdbc);
        Document planted = Jsoup.parse("<html><head><title>MoU''s</title></head><body><main>"
                + "<p>??matching.nothing_lo??</p><p>Savannakhet Province</p>"
                + "<button aria-label=\"it''s\">x</button></main></body></html>");
        List<String> problems = problems(planted, planted.outerHtml(), "vi", names, names.withATranslationIn("vi"));
        assertThat(problems).hasSize(4);
    }

    @Test
    void noPageInAnyLanguageShowsADoubledApostropheAMissingKeyOrAnEnglishReferenceName() throws Exception {
        EnglishReferenceNames names = new EnglishReferenceNames(jdbc);
        Map<String, List<String>> english = new LinkedHashMap<>();
        for (String language : List.of("vi", "lo")) {
            english.put(language, names.withATranslationIn(language));
        }
        english.put("en", List.of());
        Map<String, List<String>> found = new LinkedHashMap<>();
        Set<String> shapes = new TreeSet<>();
        int read = 0;
        for (String user : USERS) {
            PageSession session = PageSession.signIn(port, user);
            for (String page : crawl(session, found, user)) {
                shapes.add(AccessibilityBrowserTest.shape(page));
                for (String language : LANGUAGES) {
                    String path = page + (page.contains("?") ? "&" : "?") + "lang=" + language;
                    HttpResponse<String> response = session.get(path);
                    read++;
                    if (response.statusCode() != 200) {
                        found.computeIfAbsent(user + " " + path, k -> new ArrayList<>())
                                .add("answered " + response.statusCode());
                        continue;
                    }
                    Document document = Jsoup.parse(response.body());
                    List<String> problems = problems(document, response.body(), language, names, english.get(language));
                    if (!problems.isEmpty()) {
                        found.put(user + " " + path, problems);
                    }
                }
            }
        }
        System.out.printf("Page walk: %d pages read, %d shapes: %s%n", read, shapes.size(), shapes);
        assertThat(shapes)
                .as("the walk reaches the pages of every module")
                .contains(
                        "/",
                        "/enterprises",
                        "/enterprises/{n}",
                        "/matching",
                        "/matching/chains/{n}",
                        "/matching/chains/{n}/stages/{n}?country&page",
                        "/matching/linkages",
                        "/pilot",
                        "/pilot/evaluations/{n}/result",
                        "/admin/audit",
                        "/inbox");
        assertThat(found).as("problems by page").isEmpty();
    }

    private static List<String> problems(
            Document document, String html, String language, EnglishReferenceNames names, List<String> english) {
        List<String> problems = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        texts.add(document.title());
        texts.add(document.body().text());
        for (Element element : document.select("[title], [aria-label], [placeholder], [alt]")) {
            for (String attribute : READ_ATTRIBUTES.split(", ")) {
                if (element.hasAttr(attribute)) {
                    texts.add(element.attr(attribute));
                }
            }
        }
        for (String text : texts) {
            int at = text.indexOf("''");
            if (at >= 0) {
                problems.add("doubled apostrophe: …"
                        + text.substring(Math.max(0, at - 30), Math.min(text.length(), at + 30)));
            }
        }
        Matcher missing = MISSING_KEY.matcher(html);
        while (missing.find()) {
            problems.add("missing message: " + missing.group());
        }
        if (!language.equals("en")) {
            // A source's own words (a publisher, a decision's title as published) are marked lang="en" on the
            // page and are not the page's text: only what the platform writes must be in the reader's language.
            Document own = document.clone();
            own.select("[lang^=en]").remove();
            names.in(own.body().text(), english).forEach(name -> problems.add("English name: " + name));
        }
        return problems;
    }

    /**
     * The pages {@code user} reaches by links from the home page, breadth first, one per shape; a link that does
     * not answer 200 (after one redirect) is recorded in {@code found}.
     */
    private List<String> crawl(PageSession session, Map<String, List<String>> found, String user) throws Exception {
        Deque<String> queue = new ArrayDeque<>(List.of("/"));
        Set<String> seen = new LinkedHashSet<>();
        List<String> pages = new ArrayList<>();
        while (!queue.isEmpty() && pages.size() < MAX_PAGES) {
            String page = queue.poll();
            if (!seen.add(AccessibilityBrowserTest.shape(page))) {
                continue;
            }
            HttpResponse<String> response = session.get(page);
            if (response.statusCode() == 302 || response.statusCode() == 303) {
                String target = local(URI.create(session.baseUrl() + page)
                        .resolve(response.headers().firstValue("Location").orElse("/"))
                        .toString());
                if (target == null) {
                    continue;
                }
                page = target;
                response = session.get(page);
            }
            if (response.statusCode() != 200) {
                found.computeIfAbsent(user + " " + page, k -> new ArrayList<>())
                        .add("a link answered " + response.statusCode());
                continue;
            }
            pages.add(page);
            Document document = Jsoup.parse(response.body(), session.baseUrl() + page);
            for (Element link : document.select("nav a[href]:not([download]), main a[href]:not([download])")) {
                String local = local(link.absUrl("href"));
                if (local != null && !seen.contains(AccessibilityBrowserTest.shape(local))) {
                    queue.add(local);
                }
            }
        }
        return pages;
    }

    /** The path and query of a link to a page of this application, or {@code null} for anything else. */
    private String local(String href) {
        if (href == null || href.isEmpty()) {
            return null;
        }
        URI uri = URI.create(href.replace(" ", "%20"));
        if (uri.getHost() == null || !uri.getHost().equals("localhost") || uri.getPort() != port) {
            return null;
        }
        String path = uri.getRawPath();
        if (path == null
                || path.isEmpty()
                || AccessibilityBrowserTest.NOT_A_PAGE.matcher(path).find()) {
            return null;
        }
        String query = uri.getRawQuery();
        if (query != null
                && (query.matches("(^|.*&)lang=.*")
                        || AccessibilityBrowserTest.FILE_FORMAT.matcher(query).find())) {
            return null;
        }
        return query == null ? path : path + "?" + query;
    }
}
