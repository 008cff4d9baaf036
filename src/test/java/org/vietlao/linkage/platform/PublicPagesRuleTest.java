package org.vietlao.linkage.platform;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
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
                "/expo/**/events",
                "/expo/*/events",
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

    @Test
    void apiReadsAreModulePathsBelowTheApi() {
        assertThatCode(() -> SecurityConfiguration.requireModuleApiRead("/api/v1/casework/public-cases"))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> SecurityConfiguration.requireModuleApiRead("/api/v1/casework"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> SecurityConfiguration.requireModuleApiRead("/api/v1/**"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> SecurityConfiguration.requireModuleApiRead("/casework/public"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> SecurityConfiguration.requireModuleApiRead("/api/v1/auth/../admin"))
                .isInstanceOf(IllegalStateException.class);
    }
}
