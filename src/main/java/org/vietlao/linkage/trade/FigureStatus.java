package org.vietlao.linkage.trade;

/**
 * How exact a published figure is, in the order a figure is preferred (decision 0022): a reported value before
 * a rounded one ("some 1.7 billion"), an estimate, and last a lower bound ("more than 2 billion"), which is
 * never preferred over a value.
 */
enum FigureStatus {
    REPORTED,
    ROUNDED,
    ESTIMATE,
    LOWER_BOUND
}
