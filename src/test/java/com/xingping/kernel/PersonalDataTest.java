package com.xingping.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonalDataTest {

    @ParameterizedTest
    @CsvSource({
            "张三丰, 张*丰",
            "张三, 张*",
            "李, *",
            "欧阳修, 欧阳*",
            "欧阳娜娜, 欧阳*娜",
            "司马相如, 司马*如",
            "欧阳, 欧*",
            "爱新觉罗, 爱**罗",
            "' 王五 ', 王*",
            "阿卜杜·热合曼, 阿**·热**",
            "John Smith, J*** S****",
            "Alice, A****",
            "J. R. Tolkien, J. R. T******",
            "𠀀𠀁𠀂, 𠀀*𠀂"
    })
    void masksNamesToTheirSurnameAndLastCharacter(String name, String masked) {
        assertThat(PersonalData.maskName(name)).isEqualTo(masked);
    }

    @ParameterizedTest
    @CsvSource(value = {"NULL", "''", "'  '"}, nullValues = "NULL")
    void leavesNothingAsNothing(String name) {
        assertThat(PersonalData.maskName(name)).isEqualTo(name);
    }
}
