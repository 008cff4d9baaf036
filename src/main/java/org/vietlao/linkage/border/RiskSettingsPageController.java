package org.vietlao.linkage.border;

import java.math.BigDecimal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.ErrorCode;

/**
 * The administrator's page for the selectivity rules and trader blocks: the same checks as the API
 * ({@link RiskSettingsApiController}), audited the same way.
 */
@Controller
class RiskSettingsPageController {

    private final RiskSettings settings;
    private final RiskSettingsApiController forms;

    RiskSettingsPageController(RiskSettings settings, RiskSettingsApiController forms) {
        this.settings = settings;
        this.forms = forms;
    }

    @GetMapping("/border/rules")
    @PreAuthorize("hasRole('ADMIN')")
    String page(Model model) {
        model.addAttribute("rules", settings.rules());
        model.addAttribute("blocks", settings.blocks());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("directions", Direction.values());
        model.addAttribute("reasons", RiskSettings.BlockReason.values());
        return "border/rules";
    }

    @PostMapping("/border/rules")
    @PreAuthorize("hasRole('ADMIN')")
    String create(
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String channel,
            @RequestParam(required = false) String hsPrefix,
            @RequestParam(required = false) String originCountry,
            @RequestParam(required = false) String gatePairId,
            @RequestParam(required = false) String direction,
            @RequestParam(required = false) String valueThreshold,
            @RequestParam(required = false) String valueCurrency,
            @RequestParam(required = false) String maxPriorReleases) {
        BigDecimal threshold = number(valueThreshold, "valueThreshold");
        BigDecimal prior = number(maxPriorReleases, "maxPriorReleases");
        if (prior != null
                && (prior.stripTrailingZeros().scale() > 0 || prior.compareTo(BigDecimal.valueOf(1_000_000)) > 0)) {
            throw BusinessException.onField(ErrorCode.BRD_030, "maxPriorReleases");
        }
        settings.create(forms.rule(new RiskSettingsApiController.RuleForm(
                name,
                channel,
                hsPrefix,
                originCountry,
                null,
                prior == null ? null : prior.intValue(),
                threshold,
                valueCurrency,
                gatePairId,
                direction,
                true)));
        return "redirect:/border/rules";
    }

    @PostMapping("/border/rules/{id}/active")
    @PreAuthorize("hasRole('ADMIN')")
    String toggle(@PathVariable long id) {
        RiskSettings.RuleView rule = settings.rule(id);
        settings.update(
                id,
                new RiskSettings.RuleView(
                        id,
                        rule.name(),
                        rule.channel(),
                        rule.hsPrefix(),
                        rule.originCountry(),
                        rule.traderId(),
                        rule.maxPriorReleases(),
                        rule.valueThreshold(),
                        rule.valueCurrency(),
                        rule.gatePairId(),
                        rule.direction(),
                        !rule.active(),
                        rule.demo()));
        return "redirect:/border/rules";
    }

    @PostMapping("/border/blocks")
    @PreAuthorize("hasRole('ADMIN')")
    String block(
            @RequestParam(required = false) String traderId,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String date) {
        RiskSettingsApiController.Block block =
                forms.parseBlock(new RiskSettingsApiController.BlockForm(id(traderId), reason, date));
        settings.block(block.trader(), block.reason(), block.date());
        return "redirect:/border/rules";
    }

    @PostMapping("/border/blocks/lift")
    @PreAuthorize("hasRole('ADMIN')")
    String lift(
            @RequestParam(required = false) String traderId,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String date) {
        RiskSettingsApiController.Block block =
                forms.parseBlock(new RiskSettingsApiController.BlockForm(id(traderId), reason, date));
        settings.lift(block.trader(), block.reason(), block.date());
        return "redirect:/border/rules";
    }

    private static Long id(String text) {
        try {
            return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException ex) {
            return null;
        }
    }

    private static BigDecimal number(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text.strip());
            if (value.signum() < 0 || value.compareTo(new BigDecimal("1E18")) >= 0 || value.scale() > 2) {
                throw BusinessException.onField(ErrorCode.BRD_030, field);
            }
            return value;
        } catch (NumberFormatException ex) {
            throw BusinessException.onField(ErrorCode.BRD_030, field);
        }
    }
}
