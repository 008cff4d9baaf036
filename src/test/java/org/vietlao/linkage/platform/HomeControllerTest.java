package org.vietlao.linkage.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.ui.ExtendedModelMap;

class HomeControllerTest {

    @Test
    void saysDemoDataIsLoadedOnlyWhenItIs() {
        var withDemo = new ExtendedModelMap();
        var production = new ExtendedModelMap();

        new HomeController(true).home(withDemo);
        new HomeController(false).login(production);

        assertThat(withDemo.get("demoData")).isEqualTo(true);
        assertThat(production.get("demoData")).isEqualTo(false);
    }
}
