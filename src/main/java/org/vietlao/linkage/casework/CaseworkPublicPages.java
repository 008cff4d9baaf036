package org.vietlao.linkage.casework;

import java.util.List;
import org.springframework.stereotype.Component;
import org.vietlao.linkage.shared.PublicPages;

/** The obstacles desk's published case studies (issue 15), anonymised: open to everyone, page and API. */
@Component
class CaseworkPublicPages implements PublicPages {

    @Override
    public List<String> paths() {
        return List.of("/casework/public");
    }

    @Override
    public List<String> apiReads() {
        return List.of("/api/v1/casework/public-cases");
    }
}
