package org.vietlao.linkage.pilot;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one row of a pairwise comparison matrix as published: each judgement a JSON number or a fraction
 * written as text ({@code "1/3"}, {@code "1 / 7"}), so that a matrix copied from a paper needs no
 * arithmetic. A fraction is exact; anything else in a cell is refused with the cell's path. A {@code null}
 * cell stays {@code null} for {@code Inputs} to report as a missing value.
 */
class JudgementRows extends StdDeserializer<List<Double>> {

    private static final Pattern FRACTION =
            Pattern.compile("\\s*(\\d{1,3}(?:\\.\\d{1,6})?)\\s*/\\s*(\\d{1,3}(?:\\.\\d{1,6})?)\\s*");

    JudgementRows() {
        super(List.class);
    }

    @Override
    public List<Double> deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (!parser.isExpectedStartArrayToken()) {
            return (List<Double>) context.handleUnexpectedToken(List.class, parser);
        }
        List<Double> row = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            int index = row.size();
            try {
                row.add(cell(parser, token));
            } catch (JsonMappingException ex) {
                ex.prependPath(row, index);
                throw ex;
            }
        }
        return row;
    }

    private static Double cell(JsonParser parser, JsonToken token) throws IOException {
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            return parser.getDoubleValue();
        }
        if (token == JsonToken.VALUE_STRING) {
            String text = parser.getText();
            Matcher fraction = FRACTION.matcher(text);
            if (fraction.matches()) {
                double denominator = Double.parseDouble(fraction.group(2));
                if (denominator > 0) {
                    return Double.parseDouble(fraction.group(1)) / denominator;
                }
            }
            throw InvalidFormatException.from(
                    parser, "a judgement is a number or a fraction such as 1/3", text, Double.class);
        }
        throw InvalidFormatException.from(
                parser, "a judgement is a number or a fraction such as 1/3", parser.getText(), Double.class);
    }

    /** A list of matrices (one per evaluator), each read row by row as above. */
    static class Matrices extends StdDeserializer<List<List<Double>>> {

        private final JudgementRows rows = new JudgementRows();

        Matrices() {
            super(List.class);
        }

        @Override
        public List<List<Double>> deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.isExpectedStartArrayToken()) {
                return (List<List<Double>>) context.handleUnexpectedToken(List.class, parser);
            }
            List<List<Double>> matrix = new ArrayList<>();
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                int index = matrix.size();
                try {
                    matrix.add(token == JsonToken.VALUE_NULL ? null : rows.deserialize(parser, context));
                } catch (JsonMappingException ex) {
                    ex.prependPath(matrix, index);
                    throw ex;
                }
            }
            return matrix;
        }
    }
}
