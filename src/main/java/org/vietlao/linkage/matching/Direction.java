package org.vietlao.linkage.matching;

/**
 * Which way goods would flow between an enterprise and a suggested partner, seen from the enterprise.
 */
enum Direction {

    /** The partner offers something the enterprise needs (or an input to what it makes). */
    SUPPLIES_YOU,

    /** The partner needs something the enterprise offers (or makes a product from it). */
    BUYS_FROM_YOU,

    /** Both: each side offers something the other needs. */
    MUTUAL
}
