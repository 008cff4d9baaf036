package org.vietlao.linkage.platform;

import jakarta.annotation.security.PermitAll;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page (the platform's sections and the map of border-gate pairs) and the sign-in form. Open to
 * everyone. Both say so when demo accounts and data are loaded, so that nobody mistakes a demo for the real
 * thing.
 */
@Controller
class HomeController {

    private final boolean demoData;

    HomeController(@Value("${linkage.demo-data:true}") boolean demoData) {
        this.demoData = demoData;
    }

    @GetMapping("/")
    @PermitAll
    String home(Model model) {
        model.addAttribute("demoData", demoData);
        return "home";
    }

    @GetMapping("/login")
    @PermitAll
    String login(Model model) {
        model.addAttribute("demoData", demoData);
        return "login";
    }
}
