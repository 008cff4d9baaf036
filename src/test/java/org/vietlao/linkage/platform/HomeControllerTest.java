package org.vietlao.linkage.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.HomeFigures;
import org.vietlao.linkage.shared.Label;
import org.vietlao.linkage.shared.MapLayers;
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
        HomeController controller = new HomeController(
                true, List.of(second, failing, first), List.of(), null, messages, new ObjectMapper());

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

    @Test
    void listsEveryModulesMapLayersForTheReaderInOrderTranslatedAndLeavesAFailingModuleOut() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("z.name", Locale.ENGLISH, "Parks and zones");
        messages.addMessage("z.source", Locale.ENGLISH, "the zone register");
        messages.addMessage("p.name", Locale.ENGLISH, "Projects");
        MapLayers zones = reader -> List.of(new MapLayers.Layer(
                "zones", 20, Label.of("z.name"), Label.of("z.source"), "/geo/zones.geojson", "#1b5e20"));
        MapLayers projects = reader -> reader.isEmpty()
                ? List.of()
                : List.of(new MapLayers.Layer(
                        "projects", 10, Label.of("p.name"), Label.of("z.source"), "/api/v1/p.geojson", "#0d3c75"));
        MapLayers failing = reader -> {
            throw new IllegalStateException("no table");
        };
        HomeController controller = new HomeController(
                true, List.of(), List.of(zones, failing, projects), null, messages, new ObjectMapper());

        assertThat(controller.layers(Optional.of(analyst()), Locale.ENGLISH))
                .extracting(HomeController.LayerView::id, HomeController.LayerView::name)
                .containsExactly(tuple("projects", "Projects"), tuple("zones", "Parks and zones"));
        assertThat(controller.layers(Optional.empty(), Locale.ENGLISH))
                .as("a module decides what a visitor who is not signed in sees")
                .extracting(
                        HomeController.LayerView::id, HomeController.LayerView::source, HomeController.LayerView::url)
                .containsExactly(tuple("zones", "the zone register", "/geo/zones.geojson"));
    }

    @Test
    void aMapLayerIsReadFromThePlatformWithASafeIdAndColour() {
        assertThatThrownBy(
                        () -> new MapLayers.Layer("x", 1, Label.of("a"), Label.of("b"), "//evil.example/x", "#000000"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() ->
                        new MapLayers.Layer("x", 1, Label.of("a"), Label.of("b"), "https://e.example/x", "#000000"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MapLayers.Layer("X y", 1, Label.of("a"), Label.of("b"), "/x", "#000000"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MapLayers.Layer("x", 1, Label.of("a"), Label.of("b"), "/x", "red;}"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Actor analyst() {
        return new Actor(1, "analyst", "Analyst", Set.of(Role.ANALYST), 1L, Set.of(), Set.of());
    }
}
