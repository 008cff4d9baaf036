package org.vietlao.linkage.trade;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.EntityChanged;
import org.vietlao.linkage.shared.ErrorCode;

/** Figures recorded, corrected and removed by analysts and administrators, each change audited. */
@Component
class FigureBook {

    static final String ENTITY = "trade_figure";

    private final TradeFigures figures;
    private final FigureRules rules;
    private final ApplicationEventPublisher events;

    FigureBook(TradeFigures figures, FigureRules rules, ApplicationEventPublisher events) {
        this.figures = figures;
        this.rules = rules;
        this.events = events;
    }

    @Transactional
    TradeFigure record(FigureInput input, Actor actor) {
        TradeFigure figure = valid(input);
        long id = figures.insert(figure, "ANALYST", null, actor.username())
                .orElseThrow(() ->
                        new BusinessException(ErrorCode.TRD_004, figure.period().label()));
        events.publishEvent(EntityChanged.created(ENTITY, id, audited(figure)));
        return figures.byId(id).orElseThrow();
    }

    @Transactional
    TradeFigure correct(long id, FigureInput input, Actor actor) {
        TradeFigure before = figures.byId(id).orElseThrow(() -> new BusinessException(ErrorCode.TRD_002, id));
        TradeFigure figure = valid(input);
        if (input.version() == null) {
            throw BusinessException.onField(ErrorCode.TRD_001, "version", "version");
        }
        try {
            if (!figures.update(id, input.version(), figure)) {
                throw new BusinessException(ErrorCode.PLT_009);
            }
        } catch (org.springframework.dao.DuplicateKeyException ex) {
            throw new BusinessException(ErrorCode.TRD_004, figure.period().label());
        }
        events.publishEvent(EntityChanged.updated(ENTITY, id, audited(before), audited(figure)));
        return figures.byId(id).orElseThrow();
    }

    @Transactional
    void remove(long id, Actor actor) {
        if (!figures.delete(id)) {
            throw new BusinessException(ErrorCode.TRD_002, id);
        }
        events.publishEvent(EntityChanged.deleted(ENTITY, id));
    }

    private TradeFigure valid(FigureInput input) {
        FigureRules.Checked checked = rules.check(input);
        if (!checked.errors().isEmpty()) {
            throw new BusinessException(ErrorCode.TRD_001, checked.errors());
        }
        return checked.figure();
    }

    static Map<String, Object> audited(TradeFigure f) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("period", f.period().label());
        values.put("flow", f.flow().name());
        values.put("product", f.product());
        values.put("gatePairId", f.gatePairId());
        values.put("valueUsd", plain(f.valueUsd()));
        values.put("reportingSide", f.side().name());
        values.put("status", f.status().name());
        values.put("publisher", f.source().publisher());
        values.put("agency", f.source().agency());
        values.put("url", f.source().url());
        values.put("published", f.source().published());
        return values;
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }
}
