package org.vietlao.linkage.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Says in the reader's language why a partner was suggested: the strongest relation each way, whether both
 * sides gain, how much of the need the capacity covers and the road through the border.
 */
@Component
class MatchExplanations {

    private final MessageSource messages;

    MatchExplanations(MessageSource messages) {
        this.messages = messages;
    }

    String explain(Match match, Locale locale) {
        String partner = match.partner().nameIn(locale.getLanguage());
        List<String> sentences = new ArrayList<>();
        for (Direction direction : List.of(Direction.SUPPLIES_YOU, Direction.BUYS_FROM_YOU)) {
            Match.ProductRelation relation = match.strongest(direction);
            if (relation != null) {
                sentences.add(message(
                        "matching.explain." + direction + "." + relation.kind(),
                        locale,
                        partner,
                        relation.partnerHsCode(),
                        relation.yourHsCode()));
            }
        }
        if (match.direction() == Direction.MUTUAL) {
            sentences.add(message("matching.explain.mutual", locale));
        }
        if (match.volumeFit() != ScoringFormula.NEUTRAL_VOLUME) {
            sentences.add(message("matching.explain.volume", locale, percent(match.volumeFit())));
        }
        GateRoutes.Route route = match.route();
        sentences.add(
                route == null
                        ? message("matching.explain.noRoute", locale)
                        : message(
                                "matching.explain.route",
                                locale,
                                kilometres(route.distanceKm()),
                                route.vnGate(),
                                route.laoGate()));
        return String.join(" ", sentences);
    }

    static String kilometres(double distanceKm) {
        return String.valueOf(Math.round(distanceKm));
    }

    private static String percent(double fraction) {
        return String.valueOf(Math.round(fraction * 100));
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
