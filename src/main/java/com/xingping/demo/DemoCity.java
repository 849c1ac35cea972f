package com.xingping.demo;

import java.util.List;

/** The departments, people and password of the demo city (also listed in the README). */
final class DemoCity {
    static final String PASSWORD = "Xingping-Demo1";

    record Department(String code, String name, String reporter, String reporterName, boolean inTargetAssessment,
                      boolean committeeOwn) {
    }

    static final List<Department> DEPARTMENTS = List.of(
            new Department("CZJ", "市财政局", "caizheng", "陈晓燕", true, false),
            new Department("JYJ", "市教育局", "jiaoyu", "李建国", true, false),
            new Department("MZJ", "市民政局", "minzheng", "王丽华", true, false),
            new Department("WJW", "市卫生健康委员会", "weijian", "赵敏", true, false),
            new Department("SWJ", "市商务局", "shangwu", "孙志强", true, false),
            new Department("STJ", "市生态环境局", "shengtai", "周静", true, false),
            new Department("RSJ", "市人力资源和社会保障局", "renshe", "吴海涛", true, false),
            new Department("ZJJ", "市住房和城乡建设局", "zhujian", "郑伟", true, false),
            new Department("JTJ", "市交通运输局", "jiaotong", "冯雪", true, false),
            new Department("NYJ", "市农业农村局", "nongye", "何平", true, false),
            new Department("SJJ", "市市场监督管理局", "shijian", "许丹", true, false),
            new Department("DAJ", "市档案馆", "dangan", "朱琳", false, false),
            new Department("JGW", "市直机关工委", "jiguan", "马骏", true, true));

    /** Departments that do everything the notice asks, so the demo shows five-star units and 双优. */
    static final java.util.Set<String> MODELS = java.util.Set.of("CZJ", "WJW", "JGW", "DAJ");

    /** The department whose records all name the same members, so its reused participants list is flagged. */
    static final String SAME_PARTICIPANTS = "MZJ";
    static final String PARTICIPANTS = "王丽华、刘洋、张敏、陈强、杨静";

    private DemoCity() {
    }
}
