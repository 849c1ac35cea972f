package com.xingping.generate;

import java.util.SplittableRandom;

/** Believable names of a province's departments and people. */
final class Names {
    private static final String[] CITIES = {"杭州市", "宁波市", "温州市", "嘉兴市", "湖州市", "绍兴市", "金华市", "衢州市", "舟山市",
            "台州市", "丽水市"};
    private static final String[] DEPARTMENTS = {"商务局", "生态环境局", "财政局", "发展改革委", "教育局", "科技局", "经信局", "公安局",
            "民政局", "司法局", "人力社保局", "自然资源规划局", "住建局", "交通运输局", "水利局", "农业农村局", "文广旅游局", "卫生健康委",
            "退役军人事务局", "应急管理局", "审计局", "市场监管局", "统计局", "医保局", "综合执法局", "信访局", "机关事务局", "大数据局",
            "金融办", "供销社", "档案馆", "妇联", "团委", "总工会", "科协", "侨联", "文联", "残联", "红十字会", "气象局", "税务局",
            "邮政管理局"};
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙", "朱", "马", "胡", "郭",
            "林", "何", "高", "罗"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明", "超",
            "霞", "平", "华", "建"};

    private Names() {
    }

    /** The unit's code: G0001, G0002, … (wider past 9,999 units). */
    static String code(int index, int units) {
        return String.format("G%0" + Math.max(4, Integer.toString(units).length()) + "d", index);
    }

    /** 杭州市商务局, …: every city's departments, then again with a number. */
    static String department(int index) {
        int zero = index - 1;
        String name = CITIES[(zero / DEPARTMENTS.length) % CITIES.length] + DEPARTMENTS[zero % DEPARTMENTS.length];
        int round = zero / (DEPARTMENTS.length * CITIES.length);
        return round == 0 ? name : name + "（" + (round + 1) + "）";
    }

    static String person(SplittableRandom random) {
        return SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)]
                + (random.nextBoolean() ? GIVEN[random.nextInt(GIVEN.length)] : "");
    }
}
