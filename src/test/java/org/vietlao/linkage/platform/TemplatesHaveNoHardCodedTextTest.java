package org.vietlao.linkage.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * No words in a template that the reader's language cannot replace: every text with a letter in it must be
 * replaced at render time (th:text and the like, on its element or an ancestor), human-readable attributes
 * must come from th: attributes, and every message key a template uses must exist in English.
 */
class TemplatesHaveNoHardCodedTextTest {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");

    /** Attributes whose presence means the element's content is replaced when the page is rendered. */
    static final Set<String> REPLACES_CONTENT =
            Set.of("th:text", "th:utext", "th:replace", "th:insert", "sec:authentication");

    /** Attributes that people read (or hear, with a screen reader): they must be th:title and so on. */
    static final Set<String> HUMAN_READABLE_ATTRIBUTES = Set.of(
            "title",
            "placeholder",
            "alt",
            "aria-label",
            "aria-description",
            "aria-placeholder",
            "aria-roledescription",
            "aria-valuetext",
            "label");

    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{\\s*([A-Za-z][\\w.-]*)");

    @Test
    void everyTextIsReplacedByATranslation() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path template : templates()) {
            problems.addAll(hardCodedText(TEMPLATES.relativize(template).toString(), read(template)));
        }
        assertThat(problems).as("hard-coded text in templates").isEmpty();
    }

    @Test
    void everyMessageKeyExistsInEnglish() throws IOException {
        Set<String> english = new HashSet<>();
        for (String bundle : I18nPropertiesSyncTest.bundles()) {
            english.addAll(I18nPropertiesSyncTest.load(bundle, "en").stringPropertyNames());
        }
        List<String> problems = new ArrayList<>();
        for (Path template : templates()) {
            Matcher keys = MESSAGE_KEY.matcher(read(template));
            while (keys.find()) {
                if (!english.contains(keys.group(1))) {
                    problems.add(TEMPLATES.relativize(template) + " uses #{" + keys.group(1) + "}, missing in English");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void findsTheTemplates() throws IOException {
        assertThat(templates())
                .extracting(path -> TEMPLATES.relativize(path).toString())
                .contains("home.html", "login.html", "error.html", "fragments/layout.html", "admin/audit.html");
    }

    @Test
    void flagsTextAndAttributesThatAreNotTranslated() {
        String html = """
				<main>
				  <h1 th:text="#{home.heading}">placeholder is fine</h1>
				  <p>Hard-coded sentence</p>
				  <div th:text="#{home.lead}"><span>inside a replaced element</span></div>
				  <input placeholder="Search" th:title="#{home.title}">
				  <img alt="" src="x.png">
				  <p> 42 · – </p>
				</main>""";
        assertThat(hardCodedText("sample.html", html))
                .containsExactly(
                        "sample.html: text \"Hard-coded sentence\" in <p>",
                        "sample.html: attribute placeholder=\"Search\" on <input> (use th:placeholder)");
    }

    static List<String> hardCodedText(String name, String html) {
        Document document = Jsoup.parse(html, "", Parser.htmlParser());
        List<String> problems = new ArrayList<>();
        for (Element element : document.getAllElements()) {
            for (TextNode text : element.textNodes()) {
                if (LETTER.matcher(text.text()).find() && !replacedAtRender(element)) {
                    problems.add(name + ": text \"" + text.text().strip() + "\" in <" + element.tagName() + ">");
                }
            }
            for (Attribute attribute : element.attributes()) {
                if (HUMAN_READABLE_ATTRIBUTES.contains(attribute.getKey())
                        && LETTER.matcher(attribute.getValue()).find()) {
                    problems.add(name + ": attribute " + attribute.getKey() + "=\"" + attribute.getValue() + "\" on <"
                            + element.tagName() + "> (use th:" + attribute.getKey() + ")");
                }
            }
        }
        return problems;
    }

    private static boolean replacedAtRender(Element element) {
        for (Element current = element; current != null; current = current.parent()) {
            for (String attribute : REPLACES_CONTENT) {
                if (current.hasAttr(attribute)) {
                    return true;
                }
            }
            String remove = current.attr("th:remove");
            if ("all".equals(remove) || "body".equals(remove)) {
                return true;
            }
        }
        return false;
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(file -> file.toString().endsWith(".html"))
                    .sorted()
                    .toList();
        }
    }

    private static String read(Path template) throws IOException {
        return Files.readString(template, StandardCharsets.UTF_8);
    }
}
