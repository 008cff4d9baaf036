package org.vietlao.linkage.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocalizedTextTest {

    /** One fallback rule: the reader's language, else English, else Vietnamese, else Lao; marked. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                // en           | vi            | lo           | reader | shown         | in | fallback
                "Savannakhet P. | Savannakhet   | ສະຫວັນນະເຂດ  | vi     | Savannakhet   | vi | false",
                "Savannakhet P. | Savannakhet   | ສະຫວັນນະເຂດ  | lo     | ສະຫວັນນະເຂດ   | lo | false",
                "Nghe An P.     | Nghệ An       | -            | lo     | Nghe An P.    | en | true",
                "-              | Nghệ An       | -            | lo     | Nghệ An       | vi | true",
                "-              | -             | ລາວ          | vi     | ລາວ           | lo | true",
                "-              | -             | ລາວ          | en     | ລາວ           | lo | true",
                "Laos           | ' '           | -            | vi     | Laos          | en | true",
                "Laos           | Lào           | ລາວ          | fr     | Laos          | en | true",
                "Laos           | Lào           | ລາວ          | en     | Laos          | en | false",
            })
    void showsTheReadersLanguageElseEnglishElseVietnameseElseLao(
            String en, String vi, String lo, String reader, String shown, String language, boolean fallback) {
        LocalizedText.Shown text = LocalizedText.of(en, vi, lo).in(reader);
        assertThat(text.text()).isEqualTo(shown);
        assertThat(text.language()).isEqualTo(language);
        assertThat(text.fallback()).isEqualTo(fallback);
        assertThat(text).hasToString(shown);
    }

    @Test
    void treatsBlankAsMissingAndStripsTheRest() {
        LocalizedText text = LocalizedText.of(Map.of("en", "  Laos ", "vi", "  ", "de", "Laos"));
        assertThat(text.en()).isEqualTo("Laos");
        assertThat(text.vi()).isNull();
        assertThat(text.exactly("vi")).isEmpty();
        assertThat(text.isComplete()).isFalse();
        assertThat(text.asMap()).containsExactly(Map.entry("en", "Laos"));
        assertThat(LocalizedText.of(null, null, null).in(Locale.ENGLISH).text()).isEmpty();
        assertThat(LocalizedText.same("VL-INT-06").isComplete()).isTrue();
        assertThat(LocalizedText.of("a", "b", "c").in((Locale) null).text()).isEqualTo("a");
    }
}
