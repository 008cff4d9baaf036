package org.vietlao.linkage.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.HomeFigures;
import org.vietlao.linkage.shared.Label;
import org.vietlao.linkage.shared.MapLayers;

/**
 * The home page (for a signed-in person, the figures of every module that has some for their role; for
 * everyone, the platform's sections and the map of border-gate pairs) and the sign-in form. Open to everyone.
 * Figures come from each module's {@link HomeFigures}, so the platform depends on no module.
 */
@Controller
class HomeController {

    private static final Logger log = LoggerFactory.getLogger(HomeController.class);

    /** Times on the pages are local to the two countries (both UTC+7), with the zone shown. */
    static final ZoneId PAGE_TIME = ZoneId.of("Asia/Ho_Chi_Minh");

    private final boolean demoData;
    private final List<HomeFigures> figures;
    private final List<MapLayers> mapLayers;
    private final DemoAccounts demoAccounts;
    private final MessageSource messages;
    private final ObjectMapper json;

    HomeController(
            @Value("${linkage.demo-data:true}") boolean demoData,
            List<HomeFigures> figures,
            List<MapLayers> mapLayers,
            DemoAccounts demoAccounts,
            MessageSource messages,
            ObjectMapper json) {
        this.demoData = demoData;
        this.figures = List.copyOf(figures);
        this.mapLayers = List.copyOf(mapLayers);
        this.demoAccounts = demoAccounts;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping("/")
    @PermitAll
    String home(Optional<Actor> signedIn, Model model, Locale locale) {
        model.addAttribute("demoData", demoData);
        model.addAttribute(
                "panels", signedIn.map(actor -> panels(actor, locale)).orElse(List.of()));
        model.addAttribute("mapLayers", layers(signedIn, locale));
        return "home";
    }

    @GetMapping("/login")
    @PermitAll
    String login(Model model) {
        model.addAttribute("demoData", demoData);
        model.addAttribute("demoAccounts", demoData ? demoAccounts.all() : List.of());
        return "login";
    }

    List<PanelView> panels(Actor actor, Locale locale) {
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(PAGE_TIME);
        return figures.stream()
                .flatMap(module -> panelsOf(module, actor).stream())
                .sorted(Comparator.comparingInt(HomeFigures.Panel::order).thenComparing(HomeFigures.Panel::id))
                .map(panel -> view(panel, locale, time))
                .toList();
    }

    /** Every module's map layers for this reader, in order, translated; a failing module leaves only its own out. */
    List<LayerView> layers(Optional<Actor> reader, Locale locale) {
        return mapLayers.stream()
                .flatMap(module -> {
                    try {
                        return module.layersFor(reader).stream();
                    } catch (RuntimeException ex) {
                        log.warn(
                                "map layers of {} left out: {}",
                                module.getClass().getSimpleName(),
                                ex.toString());
                        return java.util.stream.Stream.empty();
                    }
                })
                .sorted(Comparator.comparingInt(MapLayers.Layer::order).thenComparing(MapLayers.Layer::id))
                .map(layer -> new LayerView(
                        layer.id(),
                        text(layer.name(), locale),
                        text(layer.source(), locale),
                        layer.url(),
                        layer.colour()))
                .toList();
    }

    /** One module's panels; a module that fails leaves its panels out rather than the whole home page. */
    private static List<HomeFigures.Panel> panelsOf(HomeFigures module, Actor actor) {
        try {
            return module.panelsFor(actor);
        } catch (RuntimeException ex) {
            log.warn("home figures of {} left out: {}", module.getClass().getSimpleName(), ex.toString());
            return List.of();
        }
    }

    private PanelView view(HomeFigures.Panel panel, Locale locale, DateTimeFormatter time) {
        List<FigureView> rows = panel.figures().stream()
                .map(f -> new FigureView(text(f.label(), locale), f.value(), f.href()))
                .toList();
        String chart = null;
        if (panel.chart() != HomeFigures.Chart.NONE && rows.stream().anyMatch(r -> r.value() > 0)) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("type", panel.chart() == HomeFigures.Chart.BAR ? "bar" : "doughnut");
            data.put("labels", rows.stream().map(FigureView::label).toList());
            data.put("values", rows.stream().map(FigureView::value).toList());
            chart = toJson(data);
        }
        String source = messages.getMessage(
                "home.figures.source",
                new Object[] {text(panel.source(), locale), time.format(panel.asOf()) + " (UTC+7)"},
                locale);
        return new PanelView(panel.id(), text(panel.heading(), locale), source, rows, chart);
    }

    private String text(Label label, Locale locale) {
        return messages.getMessage(resolvable(label), locale);
    }

    private static DefaultMessageSourceResolvable resolvable(Label label) {
        Object[] args = label.args().stream()
                .map(arg -> arg instanceof Label inner ? resolvable(inner) : arg)
                .toArray();
        return new DefaultMessageSourceResolvable(new String[] {label.key()}, args, label.key());
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** A panel as the page shows it: every text translated, the chart's data as JSON (or {@code null}). */
    record PanelView(String id, String heading, String source, List<FigureView> figures, String chart) {}

    record FigureView(String label, long value, String href) {}

    /** A map layer as the page lists it: name and source translated. */
    record LayerView(String id, String name, String source, String url, String colour) {}
}
