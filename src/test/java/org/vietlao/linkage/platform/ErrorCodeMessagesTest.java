package org.vietlao.linkage.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.vietlao.linkage.shared.ErrorCode;

/**
 * Every code of the catalogue can be explained to its reader: a title ({@code error.<code>}) and a detail
 * ({@code error.<code>.detail}) in English, Vietnamese and Lao, the translations written in their own
 * language, not copied from English.
 */
class ErrorCodeMessagesTest {

    private static final Pattern VIETNAMESE_LETTER = Pattern.compile(
            "[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern LAO_LETTER = Pattern.compile("[\\x{0E80}-\\x{0EFF}]");

    @Test
    void everyErrorCodeHasATitleAndADetailInEveryLanguage() throws IOException {
        Properties english = bundle("");
        Properties vietnamese = bundle("_vi");
        Properties lao = bundle("_lo");
        List<String> problems = new ArrayList<>();
        for (ErrorCode code : ErrorCode.values()) {
            for (String key : List.of(code.messageKey(), code.messageKey() + ".detail")) {
                String en = english.getProperty(key);
                String vi = vietnamese.getProperty(key);
                String lo = lao.getProperty(key);
                if (en == null || en.isBlank()) {
                    problems.add(key + ": no English text");
                }
                if (vi == null || !VIETNAMESE_LETTER.matcher(vi).find() || vi.equals(en)) {
                    problems.add(key + ": no Vietnamese text (" + vi + ")");
                }
                if (lo == null || !LAO_LETTER.matcher(lo).find()) {
                    problems.add(key + ": no Lao text (" + lo + ")");
                }
            }
        }
        assertThat(problems).as("error messages missing or untranslated").isEmpty();
    }

    @Test
    void everyCodeIsUniqueAndWellFormed() {
        List<String> codes = Stream.of(ErrorCode.values()).map(ErrorCode::code).toList();
        assertThat(codes).doesNotHaveDuplicates().allMatch(code -> code.matches("[A-Z]{3}-\\d{3}"));
        for (ErrorCode code : ErrorCode.values()) {
            assertThat(code.name()).isEqualTo(code.code().replace('-', '_'));
            assertThat(code.status().isError()).as(code.code()).isTrue();
        }
    }

    /** Every bundle of one language merged: modules may keep their codes' messages in their own bundle. */
    private static Properties bundle(String suffix) throws IOException {
        Properties merged = new Properties();
        Pattern name = Pattern.compile("[a-z][a-z0-9-]*" + Pattern.quote(suffix) + "\\.properties");
        try (Stream<Path> files = Files.list(I18nPropertiesSyncTest.I18N)) {
            for (Path file : files.filter(
                            f -> name.matcher(f.getFileName().toString()).matches())
                    .toList()) {
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    merged.load(reader);
                }
            }
        }
        return merged;
    }
}
