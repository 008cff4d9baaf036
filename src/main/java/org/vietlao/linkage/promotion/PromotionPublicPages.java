package org.vietlao.linkage.promotion;

import java.util.List;
import org.springframework.stereotype.Component;
import org.vietlao.linkage.shared.PublicPages;

/**
 * The promotion catalogue and its product pages (issue 18), and the catalogue's search over the API, which answers
 * what the catalogue page shows (decision 0108); every other promotion page and API operation needs a sign-in.
 */
@Component
class PromotionPublicPages implements PublicPages {

    @Override
    public List<String> paths() {
        return List.of("/promotion/catalogue", "/promotion/catalogue/**");
    }

    @Override
    public List<String> apiReads() {
        return List.of("/api/v1/promotion/products");
    }
}
