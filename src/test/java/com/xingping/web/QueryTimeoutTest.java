package com.xingping.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.ExtendedModelMap;

/** A query the database gave up on (a busy server, a huge list) is a 503 saying so, never a 500. */
class QueryTimeoutTest {
    private final QueryTimeoutException timedOut = new QueryTimeoutException("Statement was canceled or the session timed out");

    @Test
    void theApiAnswers503WithTheReason() {
        ResponseEntity<ProblemDetail> answer = new ApiErrors().unavailable(timedOut);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(answer.getBody().getDetail()).isEqualTo(Outage.BUSY);
    }

    @Test
    void aPageShowsTheErrorPageWithTheReason() {
        ExtendedModelMap model = new ExtendedModelMap();

        assertThat(new PageErrors().unavailable(timedOut, model)).isEqualTo("error/page");
        assertThat(model.get("status")).isEqualTo(503);
        assertThat(model.get("message")).isEqualTo(Outage.BUSY);
    }
}
