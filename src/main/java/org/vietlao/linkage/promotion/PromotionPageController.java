package org.vietlao.linkage.promotion;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vietlao.linkage.enterprise.EnterpriseDirectory;
import org.vietlao.linkage.enterprise.EnterpriseId;
import org.vietlao.linkage.enterprise.EnterpriseProfile;
import org.vietlao.linkage.reference.ReferenceNames;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.ErrorCode;
import org.vietlao.linkage.shared.LocalizedText;

/**
 * The promotion pages: the public catalogue of each country and the public product page (where the product is
 * sold in the other country), the product form, where a product could sell with a request button for its
 * producer, and the listing requests a channel answers.
 */
@Controller
class PromotionPageController {

    private final Products products;
    private final Photos photos;
    private final Channels channels;
    private final Listings listings;
    private final WhereToSell whereToSell;
    private final EnterpriseDirectory enterprises;
    private final ReferenceNames names;
    private final MessageSource messages;

    PromotionPageController(
            Products products,
            Photos photos,
            Channels channels,
            Listings listings,
            WhereToSell whereToSell,
            EnterpriseDirectory enterprises,
            ReferenceNames names,
            MessageSource messages) {
        this.products = products;
        this.photos = photos;
        this.channels = channels;
        this.listings = listings;
        this.whereToSell = whereToSell;
        this.enterprises = enterprises;
        this.names = names;
        this.messages = messages;
    }

    /** A product as a page line shows it, in the reader's language. */
    record Line(Product product, LocalizedText.Shown brand, LocalizedText.Shown name, LocalizedText.Shown province) {}

    /** A listing with its channel and product as a page shows them. */
    record ListingLine(
            Listings.Listing listing, Channels.Channel channel, List<LocalizedText.Shown> provinces, Line product) {}

    @GetMapping("/promotion")
    @PreAuthorize("isAuthenticated()")
    String start(Actor actor, Model model, Locale locale) {
        model.addAttribute(
                "own",
                products.ofEnterprises(actor.enterpriseIds()).stream()
                        .map(p -> line(p, locale))
                        .toList());
        model.addAttribute(
                "mayRegister", actor.isAnalyst() || !actor.enterpriseIds().isEmpty());
        model.addAttribute("overseer", actor.overseesEveryEnterprise());
        Map<String, List<Line>> ready = new LinkedHashMap<>();
        for (String country : List.of("VN", "LA")) {
            ready.put(
                    country,
                    products.readyWithoutChannel(country, 20).stream()
                            .map(p -> line(p, locale))
                            .toList());
        }
        model.addAttribute("ready", ready);
        return "promotion/start";
    }

    @GetMapping("/promotion/catalogue")
    @PermitAll
    String catalogue(
            @RequestParam(required = false) String country,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String minRating,
            @RequestParam(required = false) String exportReady,
            @RequestParam(required = false) String province,
            @RequestParam(required = false) String page,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        String c = "VN".equalsIgnoreCase(country) ? "VN" : "LA";
        Integer min = minRating == null || !minRating.matches("[1-5]") ? null : Integer.parseInt(minRating);
        Integer p = page == null || !page.matches("\\d{1,4}") ? 0 : Integer.parseInt(page);
        Boolean ready = "true".equals(exportReady) ? Boolean.TRUE : null;
        Products.Found found;
        try {
            found = products.search(Products.query(c, q, category, min, ready, province, null, p, 20));
        } catch (BusinessException ex) {
            response.setStatus(ex.errorCode().status().value());
            model.addAttribute("searchError", refusal(ex, locale));
            found = new Products.Found(List.of(), 0, 20, 0, false);
        }
        model.addAttribute("country", c);
        model.addAttribute("q", q);
        model.addAttribute("category", category);
        model.addAttribute("minRating", min);
        model.addAttribute("exportReady", ready);
        model.addAttribute("province", province);
        model.addAttribute("found", found);
        model.addAttribute(
                "lines", found.items().stream().map(x -> line(x, locale)).toList());
        model.addAttribute("categories", Category.values());
        Map<String, LocalizedText.Shown> provinceNames = names.currentProvinceNamesIn(locale);
        model.addAttribute(
                "provinces",
                provinceNames.entrySet().stream()
                        .filter(e -> e.getKey().startsWith("LA-") == c.equals("LA"))
                        .sorted(Comparator.comparing(e -> e.getValue().text()))
                        .toList());
        return "promotion/catalogue";
    }

    @GetMapping("/promotion/catalogue/{id}")
    @PermitAll
    String product(@PathVariable long id, Optional<Actor> actor, Model model, Locale locale) {
        Product product = products.require(id);
        model.addAttribute("line", line(product, locale));
        model.addAttribute(
                "producer",
                enterprises
                        .find(new EnterpriseId(product.enterpriseId()))
                        .map(e -> enterpriseName(e).in(locale))
                        .orElse(null));
        List<ListingLine> all = listings.ofProduct(id).stream()
                .map(l -> listingLine(l, null, locale))
                .toList();
        model.addAttribute(
                "soldAt",
                all.stream().filter(l -> l.listing().activeOn(products.today())).toList());
        boolean producer = actor.map(a -> a.isAnalyst() || a.actsFor(product.enterpriseId()))
                .orElse(false);
        model.addAttribute("producerView", producer);
        if (producer) {
            model.addAttribute(
                    "requests",
                    all.stream()
                            .filter(l -> !l.listing().activeOn(products.today()))
                            .toList());
            model.addAttribute("candidates", whereToSell.forProduct(product));
            model.addAttribute("channelProvinces", names.currentProvinceNamesIn(locale));
        }
        return "promotion/product";
    }

    @GetMapping("/promotion/catalogue/{id}/photos/{photoId}")
    @PermitAll
    ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable long photoId) {
        Photos.Photo photo =
                photos.find(id, photoId).orElseThrow(() -> new BusinessException(ErrorCode.PRM_015, photoId));
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_JPEG)
                .cacheControl(CacheControl.maxAge(java.time.Duration.ofHours(1)))
                .body(photo.image());
    }

    @GetMapping("/promotion/products/new")
    @PreAuthorize("hasAnyRole('ENTERPRISE', 'ANALYST')")
    String newProduct(Actor actor, Model model, Locale locale) {
        return form(actor, new ProductForm(), Map.of(), model, locale);
    }

    @PostMapping("/promotion/products")
    @PreAuthorize("hasAnyRole('ENTERPRISE', 'ANALYST')")
    String createProduct(
            Actor actor,
            @ModelAttribute("form") ProductForm form,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        List<BusinessException.FieldError> unreadable = new ArrayList<>();
        ProductDraft draft = form.draft(unreadable);
        Products.requireProducer(actor, draft.enterpriseId());
        try {
            if (!unreadable.isEmpty()) {
                // Report what did not read together with every other rule the draft breaks.
                try {
                    products.check(draft);
                } catch (BusinessException ex) {
                    List<BusinessException.FieldError> all = new ArrayList<>(unreadable);
                    all.addAll(ex.errors());
                    throw new BusinessException(ErrorCode.PRM_001, all);
                }
                throw new BusinessException(ErrorCode.PRM_001, unreadable);
            }
            Product created = products.create(draft, actor);
            return "redirect:/promotion/catalogue/" + created.id() + "?saved";
        } catch (BusinessException ex) {
            Map<String, String> errors = new LinkedHashMap<>();
            for (BusinessException.FieldError error : ex.errors()) {
                errors.merge(
                        ProductForm.formField(error.field()),
                        messages.getMessage(error.messageKey(), error.args(), error.messageKey(), locale),
                        (a, b) -> a.equals(b) ? a : a + " " + b);
            }
            if (errors.isEmpty()) {
                model.addAttribute("formError", refusal(ex, locale));
            }
            response.setStatus(ex.errorCode().status().value());
            return form(actor, form, errors, model, locale);
        }
    }

    @GetMapping("/promotion/products/{id}/edit")
    @PreAuthorize("hasAnyRole('ENTERPRISE', 'ANALYST')")
    String editProduct(Actor actor, @PathVariable long id, Model model, Locale locale) {
        Product product = products.require(id);
        Products.requireProducer(actor, product.enterpriseId());
        return editForm(actor, product, ProductForm.of(product), Map.of(), model, locale);
    }

    @PostMapping("/promotion/products/{id}")
    @PreAuthorize("hasAnyRole('ENTERPRISE', 'ANALYST')")
    String changeProduct(
            Actor actor,
            @PathVariable long id,
            @ModelAttribute("form") ProductForm form,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        Product product = products.require(id);
        Products.requireProducer(actor, product.enterpriseId());
        List<BusinessException.FieldError> unreadable = new ArrayList<>();
        ProductDraft draft = form.draft(unreadable);
        try {
            if (!unreadable.isEmpty()) {
                throw new BusinessException(ErrorCode.PRM_001, unreadable);
            }
            products.change(id, draft, actor);
            return "redirect:/promotion/catalogue/" + id + "?saved";
        } catch (BusinessException ex) {
            Map<String, String> errors = fieldErrors(ex, ProductForm::formField, locale);
            if (errors.isEmpty()) {
                model.addAttribute("formError", refusal(ex, locale));
            }
            response.setStatus(ex.errorCode().status().value());
            return editForm(actor, product, form, errors, model, locale);
        }
    }

    private String editForm(
            Actor actor, Product product, ProductForm form, Map<String, String> errors, Model model, Locale locale) {
        model.addAttribute("editing", line(products.require(product.id()), locale));
        form(actor, form, errors, model, locale);
        List<Map.Entry<String, String>> offers = new ArrayList<>();
        enterprises
                .find(new EnterpriseId(product.enterpriseId()))
                .ifPresent(e -> e.offers()
                        .forEach(offer -> offers.add(Map.entry(
                                product.enterpriseId() + "|" + offer.hsCode(),
                                enterpriseName(e).in(locale).text() + " — " + offer.hsCode()
                                        + (offer.description() == null ? "" : " " + offer.description())))));
        model.addAttribute("offers", offers);
        model.addAttribute("maxPhotos", Photos.MAX_PHOTOS);
        return "promotion/product-form";
    }

    @PostMapping(path = "/promotion/products/{id}/photos")
    @PreAuthorize("hasAnyRole('ENTERPRISE', 'ANALYST')")
    String addPhoto(
            Actor actor,
            @PathVariable long id,
            @RequestParam(name = "photo", required = false) MultipartFile photo,
            Locale locale,
            RedirectAttributes redirect) {
        Product product = products.require(id);
        Products.requireProducer(actor, product.enterpriseId());
        try {
            if (photo == null || photo.isEmpty()) {
                throw new BusinessException(ErrorCode.PRM_010);
            }
            // The size before the bytes: the part lies on disk until it is read (decision 0099).
            if (photo.getSize() > Photos.MAX_BYTES) {
                throw BusinessException.onField(
                        ErrorCode.PRM_010, "photo", Photos.MAX_BYTES, Photos.MAX_PIXELS / 1_000_000);
            }
            photos.add(id, photo.getContentType(), photo.getBytes(), actor);
        } catch (BusinessException ex) {
            redirect.addFlashAttribute("photoError", refusal(ex, locale));
            return "redirect:/promotion/products/" + id + "/edit#prm-photos";
        } catch (java.io.IOException ex) {
            redirect.addFlashAttribute("photoError", refusal(new BusinessException(ErrorCode.PRM_010), locale));
            return "redirect:/promotion/products/" + id + "/edit#prm-photos";
        }
        return "redirect:/promotion/products/" + id + "/edit?photoAdded#prm-photos";
    }

    @PostMapping("/promotion/products/{id}/photos/{photoId}/delete")
    @PreAuthorize("hasAnyRole('ENTERPRISE', 'ANALYST')")
    String removePhoto(
            Actor actor,
            @PathVariable long id,
            @PathVariable long photoId,
            Locale locale,
            RedirectAttributes redirect) {
        Product product = products.require(id);
        Products.requireProducer(actor, product.enterpriseId());
        try {
            photos.remove(id, photoId, actor);
        } catch (BusinessException ex) {
            redirect.addFlashAttribute("photoError", refusal(ex, locale));
        }
        return "redirect:/promotion/products/" + id + "/edit#prm-photos";
    }

    @GetMapping("/promotion/channels/new")
    @PreAuthorize("hasAnyRole('ENTERPRISE', 'ANALYST')")
    String newChannel(Actor actor, Model model, Locale locale) {
        ChannelForm form = new ChannelForm();
        actor.enterpriseIds().stream().sorted().findFirst().ifPresent(e -> form.setEnterpriseId(String.valueOf(e)));
        return channelForm(actor, form, Map.of(), model, locale);
    }

    @PostMapping("/promotion/channels")
    @PreAuthorize("hasAnyRole('ENTERPRISE', 'ANALYST')")
    String createChannel(
            Actor actor,
            @ModelAttribute("form") ChannelForm form,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        Long enterprise = ProductInput.id(form.getEnterpriseId());
        Channels.requireRecorder(actor, enterprise);
        List<BusinessException.FieldError> unreadable = new ArrayList<>();
        Channels.Draft draft = form.draft(unreadable);
        try {
            if (!unreadable.isEmpty()) {
                throw new BusinessException(ErrorCode.PRM_003, unreadable);
            }
            Channels.Channel created = channels.create(draft, actor);
            return "redirect:/promotion/listings?channelSaved=" + created.id();
        } catch (BusinessException ex) {
            Map<String, String> errors = fieldErrors(ex, f -> f, locale);
            if (errors.isEmpty()) {
                model.addAttribute("formError", refusal(ex, locale));
            }
            response.setStatus(ex.errorCode().status().value());
            return channelForm(actor, form, errors, model, locale);
        }
    }

    private String channelForm(Actor actor, ChannelForm form, Map<String, String> errors, Model model, Locale locale) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", Channels.Kind.values());
        model.addAttribute("categories", Category.values());
        Map<String, LocalizedText.Shown> provinceNames = names.currentProvinceNamesIn(locale);
        Map<String, List<Map.Entry<String, LocalizedText.Shown>>> provinces = new LinkedHashMap<>();
        for (String country : List.of("VN", "LA")) {
            provinces.put(
                    country,
                    provinceNames.entrySet().stream()
                            .filter(e -> e.getKey().startsWith("LA-") == country.equals("LA"))
                            .sorted(Comparator.comparing(e -> e.getValue().text()))
                            .toList());
        }
        model.addAttribute("provinces", provinces);
        List<Map.Entry<String, String>> own = new ArrayList<>();
        for (Long id : actor.enterpriseIds().stream().sorted().toList()) {
            enterprises
                    .find(new EnterpriseId(id))
                    .ifPresent(e -> own.add(Map.entry(
                            String.valueOf(id), enterpriseName(e).in(locale).text())));
        }
        model.addAttribute("ownEnterprises", own);
        return "promotion/channel-form";
    }

    /** Each rule the refusal names, in the reader's language, on the form field it belongs to. */
    Map<String, String> fieldErrors(
            BusinessException ex, java.util.function.UnaryOperator<String> formField, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (BusinessException.FieldError error : ex.errors()) {
            errors.merge(
                    formField.apply(error.field()),
                    messages.getMessage(error.messageKey(), error.args(), error.messageKey(), locale),
                    (a, b) -> a.equals(b) ? a : a + " " + b);
        }
        return errors;
    }

    private String form(Actor actor, ProductForm form, Map<String, String> errors, Model model, Locale locale) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("categories", Category.values());
        List<Map.Entry<String, String>> offers = new ArrayList<>();
        for (Long id : actor.enterpriseIds().stream().sorted().toList()) {
            enterprises
                    .find(new EnterpriseId(id))
                    .ifPresent(e -> e.offers()
                            .forEach(offer -> offers.add(Map.entry(
                                    id + "|" + offer.hsCode(),
                                    enterpriseName(e).in(locale).text() + " — " + offer.hsCode()
                                            + (offer.description() == null ? "" : " " + offer.description())))));
        }
        model.addAttribute("offers", offers);
        return "promotion/product-form";
    }

    @PostMapping("/promotion/products/{id}/listings")
    @PreAuthorize("hasAnyRole('ENTERPRISE', 'ANALYST')")
    String requestListing(
            Actor actor,
            @PathVariable long id,
            @RequestParam(required = false) String channelId,
            @RequestParam(required = false) String via,
            @RequestParam(required = false) String message,
            Locale locale,
            RedirectAttributes redirect) {
        Product product = products.require(id);
        Products.requireProducer(actor, product.enterpriseId());
        try {
            listings.request(
                    new Listings.Request(id, ProductInput.id(channelId), via == null ? "DIRECT" : via, null, message),
                    actor);
        } catch (BusinessException ex) {
            redirect.addFlashAttribute("formError", refusal(ex, locale));
            return "redirect:/promotion/catalogue/" + id;
        }
        return "redirect:/promotion/catalogue/" + id + "?requested";
    }

    @GetMapping("/promotion/listings")
    @PreAuthorize("hasAnyRole('ENTERPRISE', 'ANALYST')")
    String listingRequests(Actor actor, Model model, Locale locale) {
        List<Channels.Channel> own = channels.answeredBy(actor);
        Map<Long, Channels.Channel> byId = new LinkedHashMap<>();
        own.forEach(c -> byId.put(c.id(), c));
        List<ListingLine> incoming = listings.ofChannels(List.copyOf(byId.keySet())).stream()
                .map(l -> listingLine(l, byId.get(l.channelId()), locale))
                .toList();
        model.addAttribute(
                "waiting",
                incoming.stream()
                        .filter(l -> "REQUESTED".equals(l.listing().status()))
                        .toList());
        model.addAttribute(
                "answered",
                incoming.stream()
                        .filter(l -> !"REQUESTED".equals(l.listing().status()))
                        .toList());
        model.addAttribute("channels", own);
        return "promotion/listings";
    }

    @PostMapping("/promotion/listings/{id}/accept")
    @PreAuthorize("hasAnyRole('ENTERPRISE', 'ANALYST')")
    String accept(
            Actor actor,
            @PathVariable long id,
            @RequestParam(required = false) String since,
            Locale locale,
            RedirectAttributes redirect) {
        requireAnswerer(actor, id);
        try {
            List<BusinessException.FieldError> unreadable = new ArrayList<>();
            java.time.LocalDate day = ProductInput.day(since, "since", unreadable);
            if (!unreadable.isEmpty()) {
                throw new BusinessException(ErrorCode.PRM_005, unreadable);
            }
            listings.accept(id, new Listings.Answer(day, null, null), actor);
        } catch (BusinessException ex) {
            redirect.addFlashAttribute("formError", refusal(ex, locale));
            return "redirect:/promotion/listings";
        }
        return "redirect:/promotion/listings?answered";
    }

    @PostMapping("/promotion/listings/{id}/decline")
    @PreAuthorize("hasAnyRole('ENTERPRISE', 'ANALYST')")
    String decline(
            Actor actor,
            @PathVariable long id,
            @RequestParam(required = false) String reason,
            Locale locale,
            RedirectAttributes redirect) {
        requireAnswerer(actor, id);
        try {
            listings.decline(id, new Listings.Answer(null, null, reason), actor);
        } catch (BusinessException ex) {
            redirect.addFlashAttribute("formError", refusal(ex, locale));
            return "redirect:/promotion/listings";
        }
        return "redirect:/promotion/listings?answered";
    }

    /** Who may answer is decided before the answer is read (decision 0009). */
    private void requireAnswerer(Actor actor, long listingId) {
        Listings.Listing listing = listings.require(listingId);
        actor.require(channels.require(listing.channelId()).mayBeAnsweredBy(actor));
    }

    Line line(Product p, Locale locale) {
        Map<String, LocalizedText.Shown> provinceNames = names.currentProvinceNamesIn(locale);
        return new Line(
                p,
                p.brand().in(locale),
                p.name().in(locale),
                provinceNames.getOrDefault(
                        p.provinceCode(), LocalizedText.same(p.provinceCode()).in(locale)));
    }

    private ListingLine listingLine(Listings.Listing l, Channels.Channel known, Locale locale) {
        Channels.Channel channel = known != null ? known : channels.require(l.channelId());
        Map<String, LocalizedText.Shown> provinceNames = names.currentProvinceNamesIn(locale);
        List<LocalizedText.Shown> provinces = channel.provinces().stream()
                .map(code -> provinceNames.getOrDefault(
                        code, LocalizedText.same(code).in(locale)))
                .toList();
        return new ListingLine(l, channel, provinces, line(products.require(l.productId()), locale));
    }

    static LocalizedText enterpriseName(EnterpriseProfile e) {
        Map<String, String> byLanguage = new LinkedHashMap<>(e.names());
        byLanguage.putIfAbsent("VN".equals(e.country()) ? "vi" : "lo", e.name());
        return LocalizedText.of(byLanguage);
    }

    String refusal(BusinessException ex, Locale locale) {
        ErrorCode code = ex.errorCode();
        String title = messages.getMessage(code.messageKey(), null, code.code(), locale);
        StringBuilder text =
                new StringBuilder(messages.getMessage(code.messageKey() + ".detail", ex.args(), title, locale));
        for (BusinessException.FieldError error : ex.errors()) {
            String rule = messages.getMessage(error.messageKey(), error.args(), error.messageKey(), locale);
            if (!text.toString().contains(rule)) {
                text.append(' ').append(rule);
            }
        }
        return text.append(" (").append(code.code()).append(')').toString();
    }
}
