package org.vietlao.linkage.shared;

import java.util.List;

/**
 * A text to translate when it is shown, in the reader's language: a message key and its arguments, each
 * argument itself a {@code Label} (translated too), a map from language ({@code en}, {@code vi}, {@code lo}) to
 * a name kept in several languages (the reader's one is shown, English when it is missing), or a plain value
 * (a name, a number). Stored and passed
 * around instead of translated text, so that one record reads right in every language.
 */
public record Label(String key, List<Object> args) {

    public Label {
        args = List.copyOf(args);
    }

    public static Label of(String key, Object... args) {
        return new Label(key, List.of(args));
    }
}
