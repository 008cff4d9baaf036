package org.vietlao.linkage.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.ErrorCode;

/**
 * The rules of one expression of interest, on the object that owns them.
 */
class InterestTest {

    static final Instant SENT = Instant.parse("2026-01-01T00:00:00Z");
    static final Instant EXPIRES = Instant.parse("2026-01-31T00:00:00Z");

    @Test
    void isAnsweredWhileOpenAndBeforeItsExpiry() {
        Interest accepted = open().accept("vn-enterprise", EXPIRES.minusSeconds(1));
        assertThat(accepted.status()).isEqualTo(Interest.Status.ACCEPTED);
        assertThat(accepted.answeredBy()).isEqualTo("vn-enterprise");
        assertThat(open().decline("vn-enterprise", SENT).status()).isEqualTo(Interest.Status.DECLINED);
    }

    @Test
    void refusesAnAnswerFromTheMomentItExpires() {
        assertThatThrownBy(() -> open().accept("vn-enterprise", EXPIRES))
                .isInstanceOf(BusinessException.class)
                .extracting(ex -> ((BusinessException) ex).errorCode())
                .isEqualTo(ErrorCode.MAT_006);
        assertThat(open().statusAt(EXPIRES)).isEqualTo(Interest.Status.EXPIRED);
        assertThat(open().statusAt(SENT)).isEqualTo(Interest.Status.OPEN);
    }

    @Test
    void refusesASecondAnswer() {
        Interest declined = open().decline("vn-enterprise", SENT);
        assertThatThrownBy(() -> declined.accept("vn-enterprise", SENT))
                .isInstanceOf(BusinessException.class)
                .extracting(ex -> ((BusinessException) ex).errorCode())
                .isEqualTo(ErrorCode.MAT_007);
    }

    private static Interest open() {
        return new Interest(1, 10, 20, null, Interest.Status.OPEN, "la-enterprise", SENT, EXPIRES, null, null);
    }
}
