package org.vietlao.linkage.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The linkage chains pages: every chain by sector, and one chain with its stages and gaps.
 */
@Controller
class ChainPageController {

    private final Chains chains;
    private final ChainViews chainViews;
    private final ProvinceNames provinceNames;
    private final boolean demoData;

    ChainPageController(
            Chains chains,
            ChainViews chainViews,
            ProvinceNames provinceNames,
            @Value("${linkage.demo-data:true}") boolean demoData) {
        this.chains = chains;
        this.chainViews = chainViews;
        this.provinceNames = provinceNames;
        this.demoData = demoData;
    }

    @GetMapping("/matching/chains")
    @PreAuthorize("isAuthenticated()")
    String chains(Model model, Locale locale) {
        List<ChainViews.ChainView> views = new ArrayList<>();
        chains.all().forEach(chain -> views.add(chainViews.of(chain, locale)));
        views.sort(Comparator.comparing(ChainViews.ChainView::sector).thenComparingLong(ChainViews.ChainView::id));
        model.addAttribute("demoData", demoData);
        model.addAttribute("chains", views);
        return "matching/chains";
    }

    @GetMapping("/matching/chains/{id}")
    @PreAuthorize("isAuthenticated()")
    String chain(@PathVariable long id, Model model, Locale locale) {
        model.addAttribute("demoData", demoData);
        model.addAttribute("chain", chainViews.of(chains.get(id), locale));
        model.addAttribute("provinces", provinceNames.in(locale.getLanguage()));
        return "matching/chain";
    }
}
