package com.xingping.rubric;

/** How violations of a baseline deduct ("违反底线标准的，每项扣1-2分"). */
public enum BaselineDeduction {
    /** each violated item deducts once: the largest points recorded against it. */
    PER_ITEM,
    /** every recorded incident deducts its points. */
    PER_VIOLATION
}
