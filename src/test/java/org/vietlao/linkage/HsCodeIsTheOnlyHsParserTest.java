package org.vietlao.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 10's rule: HS codes are parsed and checked by {@code shared.HsCode} only. This fails on a regular
 * expression in the main code that reads like an HS code (six or eight digits, the 2/4/6/8 alternation, or a
 * 2-to-8 digit range) anywhere but in {@code HsCode}, so that a new module uses the one parser instead of a sixth
 * pattern.
 */
class HsCodeIsTheOnlyHsParserTest {

    /** What an HS pattern looks like in Java source (backslashes doubled in a string literal). */
    static final Pattern HS_LIKE = Pattern.compile(
            "\\\\\\\\d\\{6}|\\\\\\\\d\\{8}|\\\\\\\\d\\{2}\\|\\\\\\\\d\\{4}|\\{2,8}|\\[0-9]\\{6}|\\[0-9]\\{8}");

    @Test
    void noHsLikeRegularExpressionOutsideHsCode() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                if (file.endsWith(Path.of("shared", "HsCode.java"))) {
                    continue;
                }
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (HS_LIKE.matcher(lines.get(i)).find()) {
                        found.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertThat(found).as("HS patterns outside shared.HsCode").isEmpty();
    }

    @Test
    void thePatternRecognisesTheShapesItIsMeantToCatch() {
        assertThat(HS_LIKE.matcher("code.matches(\"\\\\d{6}|\\\\d{8}\")").find())
                .isTrue();
        assertThat(HS_LIKE.matcher("hs.matches(\"\\\\d{2}|\\\\d{4}|\\\\d{6}|\\\\d{8}\")")
                        .find())
                .isTrue();
        assertThat(HS_LIKE.matcher("Pattern.compile(\"[0-9]{2,8}\")").find()).isTrue();
        assertThat(HS_LIKE.matcher("text.matches(\"\\\\d{4}-\\\\d{2}\")").find())
                .isFalse();
        assertThat(HS_LIKE.matcher("digits.matches(\"\\\\d{6,12}\")").find()).isFalse();
    }
}
