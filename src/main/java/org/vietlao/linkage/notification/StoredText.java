package org.vietlao.linkage.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.vietlao.linkage.shared.Label;

/**
 * A notice's text as stored (the message key and its arguments as JSON, never translated text) and as read
 * (translated into the reader's language at display time). An argument is stored as {@code {"key", "args"}}
 * (a label), {@code {"names": {lang: text}}} (a name in several languages) or {@code {"text"}} (a value).
 */
@Component
class StoredText {

    private final ObjectMapper json;
    private final MessageSource messages;

    StoredText(ObjectMapper json, MessageSource messages) {
        this.json = json;
        this.messages = messages;
    }

    String argsOf(Label label) {
        try {
            return json.writeValueAsString(
                    label.args().stream().map(StoredText::stored).toList());
        } catch (JsonProcessingException ex) {
            throw new IllegalArgumentException("notice arguments are not serialisable", ex);
        }
    }

    String render(String key, String args, Locale locale) {
        try {
            return messages.getMessage(resolvable(key, json.readTree(args), locale), locale);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("stored notice arguments are not JSON", ex);
        }
    }

    private static Object stored(Object arg) {
        Map<String, Object> node = new LinkedHashMap<>();
        if (arg instanceof Label label) {
            node.put("key", label.key());
            node.put("args", label.args().stream().map(StoredText::stored).toList());
        } else if (arg instanceof Map<?, ?> names) {
            Map<String, String> byLanguage = new LinkedHashMap<>();
            names.forEach((lang, text) -> byLanguage.put(String.valueOf(lang), String.valueOf(text)));
            node.put("names", byLanguage);
        } else {
            node.put("text", String.valueOf(arg));
        }
        return node;
    }

    private static DefaultMessageSourceResolvable resolvable(String key, JsonNode args, Locale locale) {
        List<Object> values = new ArrayList<>();
        for (JsonNode arg : args) {
            if (arg.has("key")) {
                values.add(resolvable(arg.get("key").asText(), arg.path("args"), locale));
            } else if (arg.has("names")) {
                JsonNode names = arg.get("names");
                JsonNode mine = names.get(locale.getLanguage());
                values.add(
                        mine != null && !mine.asText().isBlank()
                                ? mine.asText()
                                : names.path("en").asText(""));
            } else {
                values.add(arg.path("text").asText(""));
            }
        }
        return new DefaultMessageSourceResolvable(new String[] {key}, values.toArray(), key);
    }
}
