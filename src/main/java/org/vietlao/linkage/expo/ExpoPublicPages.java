package org.vietlao.linkage.expo;

import java.util.List;
import org.springframework.stereotype.Component;
import org.vietlao.linkage.shared.PublicPages;

/** The Expo's public exhibitor list (issue 14); every other Expo page needs a sign-in. */
@Component
class ExpoPublicPages implements PublicPages {

    @Override
    public List<String> paths() {
        return List.of("/expo/events/*/exhibitors");
    }
}
