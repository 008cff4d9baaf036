package org.vietlao.linkage.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.yaml.snakeyaml.Yaml;

/**
 * Every bundle text goes through {@link MessageFormat} (the application sets
 * {@code spring.messages.always-use-message-format}), so there is one rule for apostrophes, they are written
 * twice, and no page can show "MoU''s" again. English counts are plural-aware (choice format); Vietnamese and
 * Lao have no plural inflection.
 */
class MessageTextRulesTest {

    private static final List<String> LANGUAGES = List.of("en", "vi", "lo");

    @Test
    void theApplicationFormatsEveryMessageEvenWithoutArguments() throws IOException {
        assertThat(messagesSetting("always-use-message-format")).isEqualTo(Boolean.TRUE);
    }

    @Test
    void everyApostropheIsWrittenTwiceAndEveryTextIsAValidMessageFormat() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String bundle : I18nPropertiesSyncTest.bundles()) {
            for (String language : LANGUAGES) {
                Properties texts = I18nPropertiesSyncTest.load(bundle, language);
                for (String key : texts.stringPropertyNames()) {
                    String value = texts.getProperty(key);
                    if (value.replace("''", "").contains("'")) {
                        problems.add(bundle + "_" + language + ": " + key + " has a single apostrophe");
                        continue;
                    }
                    try {
                        for (int count : new int[] {0, 1, 2, 1000}) {
                            String shown =
                                    new MessageFormat(value, Locale.forLanguageTag(language)).format(counts(count));
                            if (shown.contains("''")) {
                                problems.add(bundle + "_" + language + ": " + key + " shows a doubled apostrophe");
                            }
                        }
                    } catch (IllegalArgumentException ex) {
                        problems.add(bundle + "_" + language + ": " + key + " is not a valid MessageFormat: "
                                + ex.getMessage());
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void anApostropheInATextWithoutArgumentsIsShownOnce() {
        assertThat(messages().getMessage("pilot.list.lead", null, Locale.ENGLISH))
                .contains("MoU's five criteria")
                .doesNotContain("''");
    }

    @Test
    void englishCountsAgreeWithTheirNumber() {
        ResourceBundleMessageSource messages = messages();
        assertThat(messages.getMessage("enterprise.import.done", new Object[] {1}, Locale.ENGLISH))
                .isEqualTo("1 enterprise imported.");
        assertThat(messages.getMessage("enterprise.import.done", new Object[] {3}, Locale.ENGLISH))
                .isEqualTo("3 enterprises imported.");
        assertThat(messages.getMessage("enterprise.import.rejected", new Object[] {1}, Locale.ENGLISH))
                .isEqualTo("Nothing was imported: 1 row is invalid.");
        assertThat(messages.getMessage("enterprise.import.rejected", new Object[] {1200}, Locale.ENGLISH))
                .isEqualTo("Nothing was imported: 1,200 rows are invalid.");
        assertThat(messages.getMessage("pilot.judgements.progress", new Object[] {0, 1}, Locale.ENGLISH))
                .isEqualTo("0 of 1 judgement");
        assertThat(messages.getMessage("pilot.judgements.progress", new Object[] {2, 3}, Locale.ENGLISH))
                .isEqualTo("2 of 3 judgements");
        assertThat(messages.getMessage("enterprise.import.done", new Object[] {1}, Locale.forLanguageTag("vi")))
                .isEqualTo("Đã nhập 1 doanh nghiệp.");
    }

    private static Object[] counts(int count) {
        Object[] args = new Object[10];
        Arrays.fill(args, count);
        return args;
    }

    private static ResourceBundleMessageSource messages() {
        try {
            ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
            messages.setBasenames(String.valueOf(messagesSetting("basename")).split(","));
            messages.setDefaultEncoding("UTF-8");
            messages.setFallbackToSystemLocale(false);
            messages.setAlwaysUseMessageFormat(Boolean.TRUE.equals(messagesSetting("always-use-message-format")));
            return messages;
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    @SuppressWarnings("unchecked")
    private static Object messagesSetting(String name) throws IOException {
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/application.yml"))) {
            Map<String, Object> first =
                    (Map<String, Object>) new Yaml().loadAll(reader).iterator().next();
            Map<String, Object> messages =
                    (Map<String, Object>) ((Map<String, Object>) first.get("spring")).get("messages");
            Object value = messages.get(name);
            return value instanceof String text ? text.strip() : value;
        }
    }
}
