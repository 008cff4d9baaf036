package org.vietlao.linkage.promotion;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.PermitAll;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.ErrorCode;
import org.vietlao.linkage.shared.ErrorCodes;

/**
 * Trade promotion over the API: the catalogue of branded products, their photos, distribution channels, listing
 * requests and their answers, where a product could sell, the rating rules, and the promotion programmes with
 * their activities and results. Every change is audited.
 */
@RestController
@RequestMapping(value = "/api/v1/promotion", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Promotion", description = "Branded OCOP/ODOP products, distribution channels, listings, programmes")
class PromotionApiController {

    private final Products products;
    private final Photos photos;
    private final Channels channels;
    private final Listings listings;
    private final WhereToSell whereToSell;
    private final Programmes programmes;
    private final ProgrammeResults results;
    private final RatingRules rules;

    PromotionApiController(
            Products products,
            Photos photos,
            Channels channels,
            Listings listings,
            WhereToSell whereToSell,
            Programmes programmes,
            ProgrammeResults results,
            RatingRules rules) {
        this.products = products;
        this.photos = photos;
        this.channels = channels;
        this.listings = listings;
        this.whereToSell = whereToSell;
        this.programmes = programmes;
        this.results = results;
        this.rules = rules;
    }

    // ---- products

    @GetMapping("/products")
    @PermitAll
    @ErrorCodes({ErrorCode.PRM_014})
    @Operation(
            summary = "Search a country's catalogue of branded products",
            description =
                    "Open to everyone, as the catalogue page is (issue 18, decision 0108). Every word of q must occur, accent-insensitively, in a name or brand (any language), the "
                            + "category, the HS code or the producer's province. minRating counts valid ratings only; an "
                            + "expired rating does not count. Valid ratings first, most stars first. total counts up to "
                            + Products.COUNT_CAP + " matches; more says there are more.")
    Products.Found search(
            @RequestParam(required = false) @Parameter(example = "LA") String country,
            @RequestParam(required = false) @Parameter(example = "ca phe") String q,
            @RequestParam(required = false) @Parameter(example = "DRINK") String category,
            @RequestParam(required = false) Integer minRating,
            @RequestParam(required = false) Boolean exportReady,
            @RequestParam(required = false) @Parameter(example = "LA-CH") String province,
            @RequestParam(required = false) @Parameter(example = "0901") String hs,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return products.search(Products.query(country, q, category, minRating, exportReady, province, hs, page, size));
    }

    @PostMapping("/products")
    @PreAuthorize("hasAnyRole('ENTERPRISE', 'ANALYST')")
    @ResponseStatus(HttpStatus.CREATED)
    @ErrorCodes({ErrorCode.AUT_002, ErrorCode.PRM_001})
    @Operation(
            summary = "Register a branded product",
            description = "For one of the caller's enterprises (analysts: any), with the HS code of one of its offers. "
                    + "A rating needs its certificate number, level (PROVINCE or NATIONAL) and date; without a stated "
                    + "expiry it holds for the country's validity (36 months).")
    Product create(Actor actor, @RequestBody ProductDraft body) {
        return products.create(body, actor);
    }

    /** A product with where it is sold. */
    record ProductDetail(Product product, List<Listings.Listing> listings) {}

    @GetMapping("/products/{id}")
    @PreAuthorize("isAuthenticated()")
    @ErrorCodes({ErrorCode.PRM_002})
    @Operation(summary = "One branded product with its listings")
    ProductDetail product(Actor actor, @PathVariable long id) {
        return new ProductDetail(products.require(id), listings.ofProduct(id));
    }

    @PutMapping("/products/{id}")
    @PreAuthorize("hasAnyRole('ENTERPRISE', 'ANALYST')")
    @ErrorCodes({ErrorCode.AUT_002, ErrorCode.PRM_001, ErrorCode.PRM_002})
    @Operation(summary = "Change a branded product", description = "Its producer's users, or an analyst.")
    Product change(Actor actor, @PathVariable long id, @RequestBody ProductDraft body) {
        return products.change(id, body, actor);
    }

    /** The multipart body of a photo upload: one part named {@code photo}. */
    record PhotoUpload(
            @io.swagger.v3.oas.annotations.media.Schema(type = "string", format = "binary")
            String photo) {}

    /** A stored photo, without its bytes. */
    record PhotoInfo(long id, int position, String contentType, int width, int height) {}

    @PostMapping(path = "/products/{id}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAnyRole('ENTERPRISE', 'ANALYST')")
    @ResponseStatus(HttpStatus.CREATED)
    @ErrorCodes({
        ErrorCode.AUT_002,
        ErrorCode.PRM_002,
        ErrorCode.PRM_010,
        ErrorCode.PRM_011,
        ErrorCode.PLT_004,
        ErrorCode.PLT_007,
        ErrorCode.PLT_014
    })
    @Operation(
            summary = "Add a photo",
            description = "JPEG or PNG, at most 5 MB and 40 megapixels; resized so that its longer side is at most "
                    + Photos.MAX_SIDE + " pixels and stored as JPEG. Five photos at most.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            required = true,
            content =
                    @io.swagger.v3.oas.annotations.media.Content(
                            mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                            schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = PhotoUpload.class)))
    PhotoInfo addPhoto(Actor actor, @PathVariable long id, jakarta.servlet.http.HttpServletRequest request)
            throws IOException {
        Product product = products.require(id);
        Products.requireProducer(actor, product.enterpriseId());
        // The parts are read only now, after who may act was decided (multipart is resolved lazily).
        MultipartFile photo = request instanceof org.springframework.web.multipart.MultipartHttpServletRequest multipart
                ? multipart.getFile("photo")
                : null;
        if (photo == null) {
            throw BusinessException.onField(
                    ErrorCode.PRM_010, "photo", Photos.MAX_BYTES, Photos.MAX_PIXELS / 1_000_000);
        }
        if (photo.getSize() > Photos.MAX_BYTES) {
            throw BusinessException.onField(
                    ErrorCode.PRM_010, "photo", Photos.MAX_BYTES, Photos.MAX_PIXELS / 1_000_000);
        }
        Photos.Photo stored = photos.add(id, photo.getContentType(), photo.getBytes(), actor);
        return new PhotoInfo(stored.id(), stored.position(), stored.contentType(), stored.width(), stored.height());
    }

    @DeleteMapping("/products/{id}/photos/{photoId}")
    @PreAuthorize("hasAnyRole('ENTERPRISE', 'ANALYST')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @ErrorCodes({ErrorCode.AUT_002, ErrorCode.PRM_002, ErrorCode.PRM_015})
    @Operation(summary = "Remove a photo")
    void removePhoto(Actor actor, @PathVariable long id, @PathVariable long photoId) {
        photos.remove(id, photoId, actor);
    }

    @GetMapping("/products/{id}/channels")
    @PreAuthorize("isAuthenticated()")
    @ErrorCodes({ErrorCode.PRM_002})
    @Operation(
            summary = "Where could this product sell?",
            description = "Channels of the other country that carry its category or HS chapter, ranked by points, "
                    + "each with its reasons: CATEGORY 2, HS_CHAPTER 2, NEAR_GATE 3/2/1 when the channel serves the "
                    + "province across the nearest, second or third border gate from the producer's province. "
                    + "Channels that list it or have its request open are left out.")
    List<WhereToSell.Candidate> whereToSell(Actor actor, @PathVariable long id) {
        return whereToSell.forProduct(products.require(id));
    }

    @GetMapping("/ready-without-channel")
    @PreAuthorize("isAuthenticated()")
    @ErrorCodes({ErrorCode.PRM_014})
    @Operation(summary = "Export-ready products of a country with no channel in the other country yet")
    List<Product> readyWithoutChannel(Actor actor, @RequestParam(required = false) String country) {
        String c = Products.query(country, null, null, null, null, null, null, 0, 20)
                .country();
        return products.readyWithoutChannel(c, 200);
    }

    // ---- channels and listings

    @GetMapping("/channels")
    @PreAuthorize("isAuthenticated()")
    @ErrorCodes({ErrorCode.PRM_014})
    @Operation(summary = "Distribution channels, by name (VN, LA or both)")
    List<Channels.Channel> channels(Actor actor, @RequestParam(required = false) String country) {
        String c = country == null ? null : country.strip().toUpperCase(java.util.Locale.ROOT);
        if (c != null && !c.equals("VN") && !c.equals("LA")) {
            throw BusinessException.onField(ErrorCode.PRM_014, "country");
        }
        return channels.list(c, 500);
    }

    @PostMapping("/channels")
    @PreAuthorize("hasAnyRole('ENTERPRISE', 'ANALYST')")
    @ResponseStatus(HttpStatus.CREATED)
    @ErrorCodes({ErrorCode.AUT_002, ErrorCode.PRM_003})
    @Operation(
            summary = "Record a distribution channel",
            description = "ENTERPRISE users for one of their enterprises (enterpriseId required); analysts any.")
    Channels.Channel createChannel(Actor actor, @RequestBody Channels.Draft body) {
        return channels.create(body, actor);
    }

    @GetMapping("/channels/{id}/products")
    @PreAuthorize("isAuthenticated()")
    @ErrorCodes({ErrorCode.PRM_004})
    @Operation(summary = "Export-ready products of the other country that the channel does not carry yet")
    List<Product> productsForChannel(Actor actor, @PathVariable long id) {
        return whereToSell.forChannel(channels.require(id), 100);
    }

    @PostMapping("/listings")
    @PreAuthorize("hasAnyRole('ENTERPRISE', 'ANALYST')")
    @ResponseStatus(HttpStatus.CREATED)
    @ErrorCodes({ErrorCode.AUT_002, ErrorCode.PRM_002, ErrorCode.PRM_005, ErrorCode.PRM_009})
    @Operation(
            summary = "Ask a channel to list a product",
            description = "The producer's users (or an analyst) ask a channel of the other country; the answer comes "
                    + "from the channel's enterprise users (analysts for a channel without a registry record).")
    Listings.Listing request(Actor actor, @RequestBody Listings.Request body) {
        return listings.request(body, actor);
    }

    @PostMapping("/listings/{id}/accept")
    @PreAuthorize("hasAnyRole('ENTERPRISE', 'ANALYST')")
    @ErrorCodes({ErrorCode.AUT_002, ErrorCode.PRM_005, ErrorCode.PRM_006, ErrorCode.PRM_007})
    @Operation(
            summary = "Accept a listing request",
            description = "From since (today when missing) until until (open when missing). A channel with a registry "
                    + "enterprise becomes a linkage of the two enterprises in matching.")
    Listings.Listing accept(Actor actor, @PathVariable long id, @RequestBody(required = false) Listings.Answer body) {
        return listings.accept(id, body, actor);
    }

    @PostMapping("/listings/{id}/decline")
    @PreAuthorize("hasAnyRole('ENTERPRISE', 'ANALYST')")
    @ErrorCodes({ErrorCode.AUT_002, ErrorCode.PRM_006, ErrorCode.PRM_007, ErrorCode.PRM_008})
    @Operation(summary = "Decline a listing request, with a reason")
    Listings.Listing decline(Actor actor, @PathVariable long id, @RequestBody(required = false) Listings.Answer body) {
        return listings.decline(id, body, actor);
    }

    // ---- rating rules

    @GetMapping("/rating-rules")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The export-ready rule of each country's rating scheme")
    List<RatingRule> ratingRules(Actor actor) {
        return rules.all();
    }

    /** A rule's new values. */
    record RuleChange(Integer minStarsExport, Integer validityMonths) {}

    @PutMapping("/rating-rules/{country}")
    @PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
    @ErrorCodes({ErrorCode.PRM_014})
    @Operation(summary = "Change a country's export-ready rule", description = "Stars 1–5, validity 1–120 months.")
    RatingRule changeRule(Actor actor, @PathVariable String country, @RequestBody RuleChange body) {
        return rules.change(country, body.minStarsExport(), body.validityMonths(), actor);
    }

    // ---- programmes

    @GetMapping("/programmes")
    @PreAuthorize("hasAnyRole('ANALYST', 'MINISTRY', 'ADMIN')")
    @Operation(summary = "Every promotion programme, newest year first")
    List<Programmes.Programme> programmes(Actor actor) {
        return programmes.all();
    }

    @PostMapping("/programmes")
    @PreAuthorize("hasAnyRole('ANALYST', 'MINISTRY')")
    @ResponseStatus(HttpStatus.CREATED)
    @ErrorCodes({ErrorCode.PRM_012})
    @Operation(summary = "Create a yearly programme", description = "One per organiser and year.")
    Programmes.Programme createProgramme(Actor actor, @RequestBody Programmes.ProgrammeDraft body) {
        return programmes.create(body, actor.username());
    }

    @GetMapping("/programmes/{id}")
    @PreAuthorize("hasAnyRole('ANALYST', 'MINISTRY', 'ADMIN')")
    @ErrorCodes({ErrorCode.PRM_013, ErrorCode.REF_011})
    @Operation(
            summary = "A programme with its activities and results",
            description = "Budgets and sales converted to the programme's currency and to US dollars at the yearly "
                    + "rate of the activity's first (sales: last) day; rateSources names the rates used.")
    ProgrammeResults.Result programme(Actor actor, @PathVariable long id) {
        return results.of(id);
    }

    @PostMapping("/programmes/{id}/activities")
    @PreAuthorize("hasAnyRole('ANALYST', 'MINISTRY')")
    @ResponseStatus(HttpStatus.CREATED)
    @ErrorCodes({ErrorCode.PRM_012, ErrorCode.PRM_013})
    @Operation(
            summary = "Add an activity",
            description = "A fair links to its Expo event (expoEventId); a trade week may name its supermarket chain.")
    Programmes.Activity addActivity(Actor actor, @PathVariable long id, @RequestBody Programmes.ActivityDraft body) {
        return programmes.addActivity(id, body, actor.username());
    }

    @PutMapping("/activities/{id}/results")
    @PreAuthorize("hasAnyRole('ANALYST', 'MINISTRY')")
    @ErrorCodes({ErrorCode.PRM_012, ErrorCode.PRM_013})
    @Operation(
            summary = "Report an activity's results",
            description = "Contracts and MoUs signed, sales with their currency; new listings are counted from the "
                    + "listings that name the activity.")
    Programmes.Activity report(Actor actor, @PathVariable long id, @RequestBody Programmes.ResultsDraft body) {
        return programmes.report(id, body, actor.username());
    }
}
