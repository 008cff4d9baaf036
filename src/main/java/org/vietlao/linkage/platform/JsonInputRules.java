package org.vietlao.linkage.platform;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vietlao.linkage.shared.TextRules;

/**
 * JSON is read strictly, so that what the platform acts on is exactly what a log or proxy reading the same
 * body sees (decision 0007): a key repeated in one object is refused (otherwise the last one silently wins),
 * nothing may follow the value, a number is not read as a text nor a text as a number or a boolean, a
 * decimal is not cut to an integer, an enum is not chosen by its position, and every text obeys
 * {@link TextRules}. The failures are mapped to problems by {@link ApiExceptionHandler} through
 * {@link JsonErrors}.
 */
@Configuration(proxyBeanMethods = false)
class JsonInputRules {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictJsonInput() {
        return builder -> builder.featuresToEnable(
                        JsonParser.Feature.STRICT_DUPLICATE_DETECTION,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                        DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .featuresToDisable(MapperFeature.ALLOW_COERCION_OF_SCALARS, DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .postConfigurer(mapper -> {
                    // Belt and braces beside ALLOW_COERCION_OF_SCALARS: no scalar is made from another kind.
                    for (LogicalType type : new LogicalType[] {
                        LogicalType.Integer, LogicalType.Float, LogicalType.Boolean, LogicalType.Textual
                    }) {
                        var config = mapper.coercionConfigFor(type);
                        for (CoercionInputShape shape : new CoercionInputShape[] {
                            CoercionInputShape.Integer,
                            CoercionInputShape.Float,
                            CoercionInputShape.Boolean,
                            CoercionInputShape.String,
                            CoercionInputShape.EmptyString
                        }) {
                            if (!sameKind(type, shape)) {
                                config.setCoercion(shape, CoercionAction.Fail);
                            }
                        }
                    }
                });
    }

    /** Registered by Spring Boot into the application's {@code ObjectMapper}. */
    @Bean
    Module checkedTexts() {
        SimpleModule module = new SimpleModule("linkage-checked-texts");
        module.addDeserializer(String.class, new CheckedText());
        module.addKeyDeserializer(String.class, new CheckedKey());
        return module;
    }

    private static boolean sameKind(LogicalType type, CoercionInputShape shape) {
        return switch (type) {
            case Integer -> shape == CoercionInputShape.Integer;
            // An integer is an exact decimal: 21573 is a fine exchange rate.
            case Float -> shape == CoercionInputShape.Float || shape == CoercionInputShape.Integer;
            case Boolean -> shape == CoercionInputShape.Boolean;
            case Textual -> shape == CoercionInputShape.String || shape == CoercionInputShape.EmptyString;
            default -> false;
        };
    }

    /** A text in a JSON body broke {@link TextRules}; Jackson adds the path of the field on its way out. */
    static final class ForbiddenCharacterException extends JsonMappingException {

        private final String character;

        ForbiddenCharacterException(JsonParser parser, String character) {
            super(parser, "text holds the forbidden character " + character);
            this.character = character;
        }

        String character() {
            return character;
        }
    }

    /** Only a JSON string becomes a {@code String}, and only when it obeys {@link TextRules}. */
    static final class CheckedText extends StdScalarDeserializer<String> {

        CheckedText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.hasToken(JsonToken.VALUE_STRING)) {
                return checked(parser.getText(), parser);
            }
            return (String) context.handleUnexpectedToken(String.class, parser);
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }

        @Override
        public boolean isCachable() {
            return true;
        }
    }

    /** Keys of maps (names by language, labels) obey the same rule. */
    static final class CheckedKey extends KeyDeserializer {

        @Override
        public Object deserializeKey(String key, DeserializationContext context) throws IOException {
            return checked(key, context.getParser());
        }
    }

    private static String checked(String text, JsonParser parser) throws ForbiddenCharacterException {
        int at = TextRules.firstForbidden(text);
        if (at >= 0) {
            throw new ForbiddenCharacterException(parser, TextRules.describe(text, at));
        }
        return text;
    }
}
