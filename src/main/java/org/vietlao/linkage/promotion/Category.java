package org.vietlao.linkage.promotion;

/** The product groups both rating schemes share (OCOP's and ODOP's groups, folded to one list). */
enum Category {
    FOOD,
    DRINK,
    HERBAL,
    HANDICRAFT,
    TEXTILE,
    OTHER;

    static Category parse(String text) {
        for (Category category : values()) {
            if (category.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return category;
            }
        }
        return null;
    }
}
