package org.vietlao.linkage.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SizeClassTest {

    private static BigDecimal billion(long n) {
        return BigDecimal.valueOf(n).multiply(BigDecimal.valueOf(1_000_000_000L));
    }

    @Test
    void vietnameseManufacturingFollowsDecree80() {
        assertThat(SizeClass.of("VN", 'C', 10, billion(3))).contains(SizeClass.MICRO);
        assertThat(SizeClass.of("VN", 'C', 11, billion(3))).contains(SizeClass.SMALL);
        assertThat(SizeClass.of("VN", 'C', 100, billion(50))).contains(SizeClass.SMALL);
        assertThat(SizeClass.of("VN", 'C', 200, billion(200))).contains(SizeClass.MEDIUM);
        assertThat(SizeClass.of("VN", 'C', 201, null)).contains(SizeClass.LARGE);
    }

    @Test
    void vietnameseTradeAndServicesHaveTheirOwnLimits() {
        assertThat(SizeClass.of("VN", 'G', 10, billion(10))).contains(SizeClass.MICRO);
        assertThat(SizeClass.of("VN", 'G', 60, null)).contains(SizeClass.MEDIUM);
        assertThat(SizeClass.of("VN", 'G', null, billion(301))).contains(SizeClass.LARGE);
    }

    @Test
    void everyFigureGivenMustFitTheClass() {
        assertThat(SizeClass.of("VN", 'C', 5, billion(60)))
                .as("few people, much revenue")
                .contains(SizeClass.MEDIUM);
        assertThat(SizeClass.of("LA", 'A', 2000, BigDecimal.ONE))
                .as("a large employer is never micro")
                .contains(SizeClass.LARGE);
    }

    @Test
    void laosUsesItsOwnLimits() {
        assertThat(SizeClass.of("LA", 'A', 5, null)).contains(SizeClass.MICRO);
        assertThat(SizeClass.of("LA", 'A', 45, billion(6))).contains(SizeClass.SMALL);
        assertThat(SizeClass.of("LA", 'A', 99, null)).contains(SizeClass.MEDIUM);
        assertThat(SizeClass.of("LA", 'A', 100, null)).contains(SizeClass.LARGE);
    }

    @Test
    void noFiguresNoClass() {
        assertThat(SizeClass.of("VN", 'C', null, null)).isEmpty();
    }
}
