package org.vietlao.linkage.matching;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.ErrorCode;

/** How the matching pages show a refusal: as a sentence on the page, or as the 403/404 page (decision 0009). */
final class PageProblems {

    private PageProblems() {}

    /**
     * A caller who may not act gets the 403 or 404 page, not a notice on the next page that could be taken for a
     * problem with what they sent (decision 0009).
     */
    static void rethrowIfRefused(BusinessException ex) {
        int status = ex.errorCode().status().value();
        if (status == 403 || status == 404) {
            throw ex;
        }
    }

    /** The refusal's message in the reader's language, with its code. */
    static String problem(MessageSource messages, BusinessException ex, Locale locale) {
        ErrorCode code = ex.errorCode();
        String title = messages.getMessage(code.messageKey(), null, code.code(), locale);
        return messages.getMessage(code.messageKey() + ".detail", ex.args(), title, locale) + " (" + code.code() + ")";
    }
}
