package com.xingping.kernel;

/** A refusal because something sent is larger than allowed (an evidence file): the API answers 413. */
public class TooLarge extends Refusal {
    public TooLarge(String field, String reason) {
        super(field, reason);
    }
}
