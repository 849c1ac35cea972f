package com.xingping.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** What the pages' message bundle prints: a record number is a name, never written as a quantity ("#1,052"). */
class MessagesTest {
    private final ResourceBundleMessageSource messages = messages();

    @Test
    void aReviewNoticeWritesTheRecordNumberWithoutGrouping() {
        for (String decision : new String[] {"approve", "return", "reject", "falsified"}) {
            String notice = messages.getMessage("review.notice." + decision, new Object[] {1052L, "支部党员大会"}, Locale.SIMPLIFIED_CHINESE);
            assertThat(notice).as(decision).contains("#1052").doesNotContain("1,052").contains("支部党员大会");
        }
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        return source;
    }
}
