package com.xingping.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {
    private final PasswordPolicy.Rules rules = new PasswordPolicy.Rules(10, 3, 5, Duration.ofDays(90));

    @Test
    void aPasswordOfThreeKindsLongEnoughAndWithoutTheNameWillDo() {
        assertThat(rules.problem("zhang.san", "Spring-2026x")).isNull();
        assertThat(rules.problem("zhang.san", "spring2026!x")).isNull();
        assertThat(rules.problem("zhang.san", "春天来了spring2026")).isNull();
    }

    @Test
    void tooShortNamesTheLength() {
        assertThat(rules.problem("zhang.san", "Ab1!xyz")).isEqualTo("至少 10 位");
    }

    @Test
    void twoKindsOfCharacterAreNotEnough() {
        assertThat(rules.problem("zhang.san", "springtime2026")).isEqualTo("须包含大写字母、小写字母、数字、其他字符四类中的至少 3 类（现只有 2 类）");
        assertThat(rules.problem("zhang.san", "SPRINGTIME-NOW")).contains("现只有 2 类");
    }

    @Test
    void theAccountNameIsRefusedWhateverItsCase() {
        assertThat(rules.problem("zhang.san", "ZHANG.SAN-2026")).isEqualTo("不能包含用户名");
        assertThat(rules.problem("admin", "myAdmin-2026")).isEqualTo("不能包含用户名");
    }

    @Test
    void moreThanBcryptReadsIsRefusedInUtf8Bytes() {
        String chinese = "密".repeat(24) + "A1";
        assertThat(chinese.length()).isLessThan(72);
        assertThat(rules.problem("zhang.san", chinese)).startsWith("不能超过 72 个字节");
        assertThat(rules.problem("zhang.san", "Aa1-" + "x".repeat(68))).isNull();
        assertThat(rules.problem("zhang.san", "Aa1-" + "x".repeat(69))).startsWith("不能超过 72 个字节");
    }

    @Test
    void aPolicyBelowTheFloorIsNotStarted() {
        assertThatThrownBy(() -> new PasswordPolicy.Rules(7, 3, 5, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PasswordPolicy.Rules(8, 2, 5, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
