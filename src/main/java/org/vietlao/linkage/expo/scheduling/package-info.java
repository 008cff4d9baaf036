/**
 * The B2B meeting scheduler of the Expo, free of Spring and of the database: a problem (participants, accepted
 * meetings, slots, tables, availability, locked meetings), the lower bound max(Δ, ⌈|E|/T⌉), an exact Kőnig
 * edge colouring balanced into equitable colour classes for the bipartite case without limits, CP-SAT with a
 * time limit for everything else, and the greedy first-fit baseline. See docs/expo.md and decision 0029.
 */
package org.vietlao.linkage.expo.scheduling;
