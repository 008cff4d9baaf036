package org.vietlao.linkage.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.HomeFigures;
import org.vietlao.linkage.shared.Label;
import org.vietlao.linkage.shared.Role;

class HomeControllerTest {

    @Test
    void saysDemoDataIsLoadedOnlyWhenItIs() {
        assertThat(new EveryPage(true).demoData()).isTrue();
        assertThat(new EveryPage(false).demoData()).isFalse();
    }

    @Test
    void rendersEveryModulesPanelsInOrderTranslatedWithTheirSource() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("home.figures.source", Locale.ENGLISH, "From {0}, as of {1}");
        messages.addMessage("x.source", Locale.ENGLISH, "the registry");
        messages.addMessage("x.heading", Locale.ENGLISH, "Enterprises");
        messages.addMessage("x.country.VN", Locale.ENGLISH, "Viet Nam");
        messages.addMessage("x.figure", Locale.ENGLISH, "{0}: {1}");
        messages.addMessage("y.heading", Locale.ENGLISH, "Evaluations");
        HomeFigures second = actor -> List.of(new HomeFigures.Panel(
                "y",
                20,
                Label.of("y.heading"),
                Label.of("x.source"),
                Instant.parse("2026-01-01T00:00:00Z"),
                List.of(),
                HomeFigures.Chart.DOUGHNUT));
        HomeFigures first = actor -> List.of(new HomeFigures.Panel(
                "x",
                10,
                Label.of("x.heading"),
                Label.of("x.source"),
                Instant.parse("2026-01-01T00:00:00Z"),
                List.of(new HomeFigures.Figure(
                        Label.of("x.figure", Label.of("x.country.VN"), "verified"), 7, "/enterprises?country=VN")),
                HomeFigures.Chart.BAR));
        HomeFigures failing = actor -> {
            throw new IllegalStateException("index not ready");
        };
        HomeController controller =
                new HomeController(true, List.of(second, failing, first), null, messages, new ObjectMapper());

        List<HomeController.PanelView> panels = controller.panels(analyst(), Locale.ENGLISH);

        assertThat(panels)
                .as("in order, and a failing module leaves only its own panels out")
                .extracting(HomeController.PanelView::id)
                .containsExactly("x", "y");
        assertThat(panels.get(0).heading()).isEqualTo("Enterprises");
        assertThat(panels.get(0).figures().get(0).label()).isEqualTo("Viet Nam: verified");
        assertThat(panels.get(0).figures().get(0).value()).isEqualTo(7);
        assertThat(panels.get(0).source())
                .startsWith("From the registry, as of ")
                .endsWith("(UTC+7)");
        assertThat(panels.get(0).chart()).contains("\"type\":\"bar\"").contains("\"values\":[7]");
        assertThat(panels.get(1).chart()).as("no chart of nothing").isNull();
    }

    private static Actor analyst() {
        return new Actor(1, "analyst", "Analyst", Set.of(Role.ANALYST), 1L, Set.of(), Set.of());
    }
}
