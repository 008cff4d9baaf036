package org.vietlao.linkage.shared;

/**
 * How many notices wait unread in a person's inbox: what the layout's navigation shows on every page. The
 * notification module implements it; the page advice that reads it depends only on this port, so that a
 * {@code @WebMvcTest} of any module's controller can supply it (decision 0031).
 */
public interface UnreadNotices {

    /** The number of the reader's notices not yet marked read. */
    long unread(Actor reader);
}
