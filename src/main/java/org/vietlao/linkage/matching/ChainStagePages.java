package org.vietlao.linkage.matching;

import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Every supplier of one stage of a linkage chain in one country, a page at a time, each a link to its profile:
 * the chain page shows the first page of each stage, this page the rest. Readable by everyone signed in, like
 * the chain.
 */
@Controller
class ChainStagePages {

    private final Chains chains;
    private final ChainViews views;
    private final ProvinceNames provinceNames;
    private final boolean demoData;

    ChainStagePages(
            Chains chains,
            ChainViews views,
            ProvinceNames provinceNames,
            @Value("${linkage.demo-data:true}") boolean demoData) {
        this.chains = chains;
        this.views = views;
        this.provinceNames = provinceNames;
        this.demoData = demoData;
    }

    @GetMapping("/matching/chains/{id}/stages/{position}")
    @PreAuthorize("isAuthenticated()")
    String stage(
            @PathVariable long id,
            @PathVariable int position,
            @RequestParam(required = false) String country,
            @RequestParam(defaultValue = "0") int page,
            Model model,
            Locale locale) {
        Chain chain = chains.get(id);
        String from = country == null || country.isBlank()
                ? chain.stages().stream()
                        .filter(s -> s.position() == position)
                        .map(Chain.Stage::country)
                        .findFirst()
                        .orElse(Party.VIET_NAM)
                : country.strip();
        model.addAttribute("demoData", demoData);
        model.addAttribute("stage", views.stage(chain, position, from, Math.max(0, page), locale));
        model.addAttribute("provinces", provinceNames.in(locale.getLanguage()));
        return "matching/chain-stage";
    }
}
