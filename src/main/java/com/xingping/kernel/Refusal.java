package com.xingping.kernel;

/**
 * A request refused because of what was asked, naming the field and the reason (in the user's
 * language). Pages show it beside the field, the API answers 400 problem+json.
 */
public class Refusal extends RuntimeException {
    private final String field;

    public Refusal(String field, String reason) {
        super(reason);
        this.field = field;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return getMessage();
    }
}
