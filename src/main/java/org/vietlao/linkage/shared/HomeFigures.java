package org.vietlao.linkage.shared;

import java.time.Instant;
import java.util.List;

/**
 * What a module adds to the home page: panels of figures, each figure a link to the page that lists what it
 * counts. The platform renders every implementation it finds, so that the home page shows each module's
 * figures without the platform depending on any module (the module rules allow the platform only
 * {@code shared}). Figures come from real queries over the module's own tables.
 */
public interface HomeFigures {

    /** The panels this module shows to {@code actor}; empty when it has nothing for that role. */
    List<Panel> panelsFor(Actor actor);

    /**
     * One figure: what it counts, how many, and the page that lists them ({@code null}: no such page yet).
     */
    record Figure(Label label, long value, String href) {}

    /** How a panel's figures are drawn next to their table; the table is always shown (text alternative). */
    enum Chart {
        NONE,
        BAR,
        DOUGHNUT
    }

    /**
     * A group of figures with their source.
     *
     * @param id a stable id, used as the panel's HTML id ({@code home-panel-<id>})
     * @param order where the panel goes: smaller first
     * @param heading the panel's heading
     * @param source where the figures come from, such as "the enterprise registry"
     * @param asOf when they were read
     * @param figures the figures, in the order shown
     * @param chart how to draw them
     */
    record Panel(String id, int order, Label heading, Label source, Instant asOf, List<Figure> figures, Chart chart) {

        public Panel {
            figures = List.copyOf(figures);
        }
    }
}
