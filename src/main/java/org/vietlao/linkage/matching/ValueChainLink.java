package org.vietlao.linkage.matching;

import java.math.BigDecimal;

/**
 * A curated link of a value chain: what is offered under {@code inputPrefix} is an input to what is offered under
 * {@code productPrefix} (cassava 0714 → starch 1108). Codes are HS prefixes of 2, 4, 6 or 8 digits.
 *
 * @param id its identifier
 * @param inputPrefix the input
 * @param productPrefix the product made from it
 * @param strength the product fit the link gives, in (0, 1]
 * @param note why the link holds
 */
record ValueChainLink(long id, String inputPrefix, String productPrefix, BigDecimal strength, String note) {

    boolean feeds(HsLine input, HsLine product) {
        return input.startsWith(inputPrefix) && product.startsWith(productPrefix);
    }

    double fit() {
        return strength.doubleValue();
    }
}
