package com.xingping.rubric;

import java.math.BigDecimal;

/**
 * One kind of occurrence of a COUNT element, capped on its own ("至少听取2次机关党建、1次群团工作汇报"):
 * the element's raw score is the sum of its parts. {@code half} is set for a part that takes the
 * occurrences of one half of the window ("每半年至少研判1次"), null for a part the record names.
 */
public record Part(String id, String name, BigDecimal max, Half half) {

    public enum Half {
        FIRST, SECOND
    }
}
