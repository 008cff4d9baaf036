package org.vietlao.linkage.reference;

import java.math.BigDecimal;

/**
 * A yearly exchange rate: how many units of {@code currency} one US dollar bought on average in {@code year},
 * according to {@code source}.
 */
public record ExchangeRate(
        long id, String currency, int year, BigDecimal ratePerUsd, String source, String sourceUrl) {}
