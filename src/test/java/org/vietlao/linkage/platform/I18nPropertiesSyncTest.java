package org.vietlao.linkage.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Keeps the three languages honest for every message bundle under {@code i18n/} (discovered from the files,
 * so a module's new bundle is checked the day it appears): Vietnamese and Lao have exactly the English keys,
 * nothing is empty, nothing is an English copy, Lao is written in Lao script and the placeholders match.
 * Modelled on spring-petclinic's test of the same name.
 */
class I18nPropertiesSyncTest {

    static final Path I18N = Path.of("src/main/resources/i18n");

    static final List<String> TRANSLATIONS = List.of("vi", "lo");

    /**
     * Keys whose value may be the same in every language: each language's name is written in that language,
     * so that a reader finds their own whatever the page language is.
     */
    static final Set<String> SAME_IN_EVERY_LANGUAGE = Set.of(
            "lang.vi",
            "lang.lo",
            "lang.en",
            // author–year names of random-index tables, cited the same way in every language
            "pilot.ri.saaty1980",
            "pilot.ri.saaty2005");

    /** Whole values that are codes or names, not words, and so are never translated. */
    static final Set<String> UNTRANSLATED_VALUES = Set.of("API", "HS", "JSON", "OpenAPI", "Swagger UI");

    private static final Pattern BUNDLE_FILE = Pattern.compile("([a-z][a-z0-9-]*)(?:_([a-z]{2}))?\\.properties");

    private static final Pattern LAO_SCRIPT = Pattern.compile("[\\x{0E80}-\\x{0EFF}]");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

    @Test
    void everyBundleHasItsVietnameseAndLaoFiles() throws IOException {
        Map<String, Set<String>> languagesByBundle = new TreeMap<>();
        for (Path file : bundleFiles()) {
            Matcher name = BUNDLE_FILE.matcher(file.getFileName().toString());
            if (name.matches()) {
                languagesByBundle
                        .computeIfAbsent(name.group(1), b -> new TreeSet<>())
                        .add(name.group(2) == null ? "en" : name.group(2));
            }
        }
        assertThat(languagesByBundle).as("message bundles under %s", I18N).isNotEmpty();
        languagesByBundle.forEach((bundle, languages) -> assertThat(languages)
                .as("languages of bundle %s (English is the file without a suffix)", bundle)
                .containsExactlyInAnyOrder("en", "vi", "lo"));
    }

    @Test
    void everyBundleIsRegisteredWithTheMessageSource() throws IOException {
        Set<String> registered = registeredBasenames();
        for (String bundle : bundles()) {
            assertThat(registered)
                    .as("spring.messages.basename in application.yml")
                    .contains("i18n/" + bundle);
        }
    }

    @Test
    void translationsHaveExactlyTheEnglishKeys() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String bundle : bundles()) {
            Set<String> english = load(bundle, "en").stringPropertyNames();
            for (String language : TRANSLATIONS) {
                Set<String> translated = load(bundle, language).stringPropertyNames();
                difference(english, translated).forEach(key -> problems.add(file(bundle, language) + " lacks " + key));
                difference(translated, english)
                        .forEach(key ->
                                problems.add(file(bundle, language) + " has " + key + ", which English does not"));
            }
        }
        assertThat(problems).as("keys out of sync").isEmpty();
    }

    @Test
    void noKeyIsDefinedTwiceInAFile() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path file : bundleFiles()) {
            Set<String> seen = new TreeSet<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!")) {
                    continue;
                }
                String key = trimmed.split("\\s*[=:]", 2)[0].strip();
                if (!seen.add(key)) {
                    problems.add(file.getFileName() + " defines " + key + " twice");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void noValueIsEmpty() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String bundle : bundles()) {
            for (String language : List.of("en", "vi", "lo")) {
                Properties messages = load(bundle, language);
                messages.stringPropertyNames().stream()
                        .filter(key -> messages.getProperty(key).isBlank())
                        .forEach(key -> problems.add(file(bundle, language) + ": " + key + " is empty"));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void translationsAreNotEnglishCopies() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String bundle : bundles()) {
            Properties english = load(bundle, "en");
            for (String language : TRANSLATIONS) {
                Properties translated = load(bundle, language);
                for (String key : translated.stringPropertyNames()) {
                    String value = translated.getProperty(key).strip();
                    if (value.equals(english.getProperty(key, "").strip()) && !mayStayAsIs(key, value)) {
                        problems.add(file(bundle, language) + ": " + key + " is the English text \"" + value + "\"");
                    }
                }
            }
        }
        assertThat(problems)
                .as("values identical to English (allow them in SAME_IN_EVERY_LANGUAGE only if right)")
                .isEmpty();
    }

    @Test
    void laoIsWrittenInLaoScript() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String bundle : bundles()) {
            Properties lao = load(bundle, "lo");
            for (String key : lao.stringPropertyNames()) {
                String value = lao.getProperty(key).strip();
                if (!LAO_SCRIPT.matcher(value).find() && !mayStayAsIs(key, value)) {
                    problems.add(file(bundle, "lo") + ": " + key + " has no Lao script: \"" + value + "\"");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void translationsKeepTheEnglishPlaceholders() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String bundle : bundles()) {
            Properties english = load(bundle, "en");
            for (String language : TRANSLATIONS) {
                Properties translated = load(bundle, language);
                for (String key : english.stringPropertyNames()) {
                    String value = translated.getProperty(key);
                    if (value != null && !placeholders(english.getProperty(key)).equals(placeholders(value))) {
                        problems.add(file(bundle, language) + ": " + key + " uses " + placeholders(value)
                                + " where English uses " + placeholders(english.getProperty(key)));
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    static boolean mayStayAsIs(String key, String value) {
        return SAME_IN_EVERY_LANGUAGE.contains(key) || UNTRANSLATED_VALUES.contains(value) || isPureFormat(value);
    }

    /** A value with no letters outside its placeholders ("{0}: {1}", "–") is punctuation, not words. */
    static boolean isPureFormat(String value) {
        return value.replaceAll("\\{\\d+}", "").codePoints().noneMatch(Character::isLetter);
    }

    /** The bundle basenames: every {@code <name>.properties} under i18n/. */
    static Set<String> bundles() throws IOException {
        return bundleFiles().stream()
                .map(file -> BUNDLE_FILE.matcher(file.getFileName().toString()))
                .filter(Matcher::matches)
                .filter(name -> name.group(2) == null)
                .map(name -> name.group(1))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** One language of a bundle, read as UTF-8 like the application's MessageSource does. */
    static Properties load(String bundle, String language) throws IOException {
        Properties properties = new Properties();
        Path path = I18N.resolve(file(bundle, language));
        if (Files.exists(path)) {
            try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        }
        return properties;
    }

    private static String file(String bundle, String language) {
        return bundle + ("en".equals(language) ? "" : "_" + language) + ".properties";
    }

    private static List<Path> bundleFiles() throws IOException {
        try (Stream<Path> files = Files.list(I18N)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".properties"))
                    .sorted()
                    .toList();
        }
    }

    @SuppressWarnings("unchecked")
    private static Set<String> registeredBasenames() throws IOException {
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/application.yml"))) {
            Map<String, Object> firstDocument =
                    (Map<String, Object>) new Yaml().loadAll(reader).iterator().next();
            Map<String, Object> spring = (Map<String, Object>) firstDocument.get("spring");
            Map<String, Object> messages = (Map<String, Object>) spring.get("messages");
            return Arrays.stream(String.valueOf(messages.get("basename")).split(","))
                    .map(String::strip)
                    .collect(Collectors.toSet());
        }
    }

    private static Set<String> difference(Set<String> left, Set<String> right) {
        Set<String> result = new TreeSet<>(left);
        result.removeAll(right);
        return result;
    }

    private static Set<String> placeholders(String value) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(value);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
