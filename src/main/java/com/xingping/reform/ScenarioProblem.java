package com.xingping.reform;

/**
 * One problem of a scenario: the field as the rubric file or the form names it ({@code policy.starThreshold},
 * {@code stars[study].criteria[study-2].elements[study-2b].each}), what it is in Chinese, and why.
 */
public record ScenarioProblem(String field, String label, String reason) {

    /** One line for the API's detail and the command line: 星级门槛（policy.starThreshold）：须为 (0, 1] 之间的比例 */
    public String line() {
        return label + "（" + field + "）：" + reason;
    }
}
