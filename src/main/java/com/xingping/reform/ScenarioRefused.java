package com.xingping.reform;

import java.util.List;

import com.xingping.kernel.Refusal;

/** A scenario that cannot be scored: every problem, each naming its field in Chinese. Nothing is saved. */
class ScenarioRefused extends Refusal {
    private final transient List<ScenarioProblem> problems;

    ScenarioRefused(List<ScenarioProblem> problems) {
        super(problems.get(0).field(), "方案有 " + problems.size() + " 处错误，未计算也未保存：" + problems.get(0).line()
                + (problems.size() > 1 ? " 等" : ""));
        this.problems = List.copyOf(problems);
    }

    List<ScenarioProblem> problems() {
        return problems;
    }
}
