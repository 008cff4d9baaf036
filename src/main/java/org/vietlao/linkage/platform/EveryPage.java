package org.vietlao.linkage.platform;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the layout shows on every page, whichever module's controller renders it: whether demo accounts and
 * data are loaded (the layout then shows the demo notice under the navigation).
 */
@ControllerAdvice
class EveryPage {

    private final boolean demoData;

    EveryPage(@Value("${linkage.demo-data:true}") boolean demoData) {
        this.demoData = demoData;
    }

    @ModelAttribute("demoData")
    boolean demoData() {
        return demoData;
    }
}
