package com.xingping.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void theMedianIsTheMiddleOrTheExactMeanOfTheTwoMiddleValues() {
        assertThat(Numbers.median(List.of(d("3"), d("1"), d("2")))).isEqualTo(d("2"));
        assertThat(Numbers.median(List.of(d("14.5"), d("12"), d("1"), d("20")))).isEqualTo(d("13.25"));
        assertThat(Numbers.median(List.of(d("0.1"), d("0.2")))).isEqualTo(d("0.15"));
        assertThat(Numbers.median(List.of())).isEqualTo(BigDecimal.ZERO);
    }

    @Test
    void exactPointsHaveNoTrailingZerosAndNoExponent() {
        assertThat(Numbers.exact(d("4.80")).toString()).isEqualTo("4.8");
        assertThat(Numbers.exact(d("100.00")).toString()).isEqualTo("100");
        assertThat(Numbers.exact(d("1E+1")).toString()).isEqualTo("10");
        assertThat(Numbers.exact(d("-0.0")).toString()).isEqualTo("0");
    }

    @Test
    void theMeanIsRoundedHalfUpToTwoDecimals() {
        assertThat(Numbers.mean(List.of(d("1"), d("2"), d("2")))).isEqualTo(d("1.67"));
        assertThat(Numbers.mean(List.of(d("80"), d("90")))).isEqualTo(d("85"));
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }
}
