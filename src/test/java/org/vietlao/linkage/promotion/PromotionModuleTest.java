package org.vietlao.linkage.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.vietlao.linkage.enterprise.EnterpriseFixtures;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.EntityChanged;
import org.vietlao.linkage.shared.IdempotentRequests;
import org.vietlao.linkage.shared.Role;
import org.vietlao.linkage.shared.UserDirectory;

/**
 * Promotion started alone with what it declares it uses (shared, enterprise, matching, reference, expo; decision
 * 0017 section 5): a Lao producer registers an ODOP product, asks a Vietnamese supermarket chain that has a
 * registry record to list it, the chain accepts, and the listing becomes a linkage in matching and is announced.
 */
@ApplicationModuleTest(
        mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES,
        extraIncludes = {"pilot", "trade", "border"})
@ActiveProfiles("test")
class PromotionModuleTest {

    @MockitoBean
    IdempotentRequests idempotentRequests;

    @MockitoBean
    UserDirectory users;

    @Autowired
    EnterpriseFixtures fixtures;

    @Autowired
    Products products;

    @Autowired
    Channels channels;

    @Autowired
    Listings listings;

    @Test
    void anAcceptedListingBecomesALinkageAndIsAnnounced(PublishedEvents events) {
        long producer = fixtures.lao("LA-SV").offers("090111", 50, "t").create();
        long chain = fixtures.vietnamese("44").needs("090111", 50, "t").create();
        Actor laoUser = new Actor(1, "lao", "lao", Set.of(Role.ENTERPRISE), 1L, Set.of(producer), Set.of());
        Actor chainUser = new Actor(2, "vn", "vn", Set.of(Role.ENTERPRISE), 2L, Set.of(chain), Set.of());

        Product product = products.create(
                new ProductDraft(
                        producer,
                        "090111",
                        "DRINK",
                        new ProductDraft.Texts(null, null, "ກາເຟສະຫວັນ"),
                        new ProductDraft.Texts(null, "Cà phê Savan", "ກາເຟດິບ"),
                        new ProductDraft.RatingInput(
                                4, "ODOP-SV-1", "PROVINCE", LocalDate.now().minusDays(10), null),
                        List.of(),
                        List.of("1 kg"),
                        null,
                        null,
                        null),
                laoUser);
        assertThat(product.exportReady()).isTrue();
        Channels.Channel channel = channels.create(
                new Channels.Draft(
                        "VN",
                        "SUPERMARKET_CHAIN",
                        "Siêu thị mô-đun",
                        List.of("44"),
                        List.of("DRINK"),
                        List.of("09"),
                        null,
                        chain),
                chainUser);
        Listings.Listing requested =
                listings.request(new Listings.Request(product.id(), channel.id(), "DIRECT", null, null), laoUser);
        Listings.Listing accepted = listings.accept(requested.id(), null, chainUser);

        assertThat(accepted.status()).isEqualTo("ACCEPTED");
        assertThat(accepted.linkageId()).isNotNull();
        assertThat(events.ofType(ListingAccepted.class)
                        .matching(e ->
                                e.listingId() == accepted.id() && e.linkageId().equals(accepted.linkageId())))
                .hasSize(1);
        assertThat(events.ofType(EntityChanged.class)
                        .matching(e -> e.entityType().equals("promotion_listing")))
                .hasSize(2);
    }
}
