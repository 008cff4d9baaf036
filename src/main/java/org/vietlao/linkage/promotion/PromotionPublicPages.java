package org.vietlao.linkage.promotion;

import java.util.List;
import org.springframework.stereotype.Component;
import org.vietlao.linkage.shared.PublicPages;

/** The promotion catalogue and its product pages (issue 18); every other promotion page needs a sign-in. */
@Component
class PromotionPublicPages implements PublicPages {

    @Override
    public List<String> paths() {
        return List.of("/promotion/catalogue", "/promotion/catalogue/**");
    }
}
