package org.vietlao.linkage.platform;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A module may open pages of its own to everyone (shared.PublicPages), never the site, the API or a whole module. */
class PublicPagesRuleTest {

    @ParameterizedTest
    @ValueSource(
            strings = {"/expo/events/*/exhibitors", "/training/verify", "/casework/public", "/promotion/catalogue"})
    void aModulesOwnPageMayBeOpened(String path) {
        assertThatCode(() -> SecurityConfiguration.requireModulePage(path)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/**",
                "/*",
                "/expo",
                "/expo/",
                "/expo/*",
                "/expo/**",
                "/expo/events/**",
                "/api/v1/training/verify",
                "/admin/audit",
                "expo/events",
                "/expo/../admin",
                "/Expo/events"
            })
    void theSiteTheApiAdministrationOrAWholeModuleMayNot(String path) {
        assertThatThrownBy(() -> SecurityConfiguration.requireModulePage(path))
                .isInstanceOf(IllegalStateException.class);
    }
}
