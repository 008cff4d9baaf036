package org.vietlao.linkage.training;

import java.util.List;
import org.springframework.stereotype.Component;
import org.vietlao.linkage.shared.PublicPages;

/** Training's public certificate verification (issue 17): name, course and date only. */
@Component
class TrainingPublicPages implements PublicPages {

    @Override
    public List<String> paths() {
        return List.of("/training/verify");
    }
}
