package com.xingping.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;

/**
 * One signed-in browser page walking the application's forms. It records what a user must never meet — a
 * 5xx answer to the page or to any request it makes, a script error, an error in the console — and after
 * each step checks the page a user sees: no raw JSON, no English code word in the zh-CN text.
 */
public final class FormWalk {
    /** Runs of letters with the digits and marks of codes, names, files and addresses around them. */
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9_.@-]*");
    private static final Pattern EMAIL = Pattern.compile("[\\w.-]+@[\\w-]+(\\.[\\w-]+)+");
    private static final Pattern LETTERS = Pattern.compile("[A-Za-z]{3,}");
    /** The failed-resource line Chromium logs for any 4xx: the status itself is judged by the steps. */
    private static final Pattern CLIENT_ERROR_LOG = Pattern.compile("status of 4\\d\\d");
    private static final String VISIBLE_TEXT = """
            () => {
              const out = [];
              const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
              while (walker.nextNode()) {
                const parent = walker.currentNode.parentElement;
                if (!parent || parent.closest('script,style,textarea,noscript,template,select,code,pre')) continue;
                if (!parent.checkVisibility()) continue;
                out.push(walker.currentNode.textContent);
              }
              document.querySelectorAll('select').forEach(s => {
                if (s.checkVisibility() && s.selectedOptions.length) out.push(s.selectedOptions[0].textContent);
              });
              return out.join(' ');
            }""";
    /** Hidden browser checks off, every field a free text box: what is sent is what the server must judge. */
    private static final String UNGUARD = """
            form => {
              form.noValidate = true;
              const details = form.closest('details');
              if (details) details.open = true;
              form.querySelectorAll('input,textarea,select').forEach(e => {
                ['required', 'maxlength', 'minlength', 'min', 'max', 'step', 'pattern'].forEach(a => e.removeAttribute(a));
                if (['number', 'date', 'email'].includes(e.type)) e.type = 'text';
              });
            }""";
    private static final String ERRORS = """
            () => [...document.querySelectorAll('.alert-danger,.invalid-feedback,[role=alert],.files-problem,.is-invalid,main p.lead')]
                .filter(e => e.checkVisibility())
                .map(e => e.matches('.is-invalid') && e.id
                    ? (document.querySelector('label[for="' + e.id + '"]')?.textContent || '') : e.textContent)
                .join(' ')""";

    private final Page page;
    private final Predicate<String> allowed;
    private final List<String> problems = new ArrayList<>();
    private final List<String> walked = new ArrayList<>();
    private final List<String> findings = new ArrayList<>();

    /** @param allowed the ASCII words this page may show: names, codes and files the test itself made */
    public FormWalk(Page page, Predicate<String> allowed) {
        this.page = page;
        this.allowed = allowed;
        page.onPageError(error -> problems.add("script error: " + error));
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type()) && !CLIENT_ERROR_LOG.matcher(message.text()).find()) {
                problems.add("console error: " + message.text());
            }
        });
        page.onResponse(response -> {
            if (response.status() >= 500) {
                problems.add("HTTP " + response.status() + " " + response.request().method() + " " + response.url());
            }
        });
        page.onDialog(dialog -> dialog.accept());
    }

    public Page page() {
        return page;
    }

    /** The actions walked so far, in order, each as "action valid" or "action invalid". */
    public List<String> walked() {
        return walked;
    }

    /** Opens a page and returns its form, checking the page as it stands. */
    public Locator open(String path, String form) {
        page.navigate(path);
        check("GET " + path);
        Locator found = page.locator(form);
        assertThat(found.count()).as("form %s on %s", form, path).isPositive();
        found.first().evaluate(UNGUARD);
        return found.first();
    }

    /** Submits the form with its first submit button (or the named one) after switching the browser's checks off. */
    public void submit(Locator form, String action, boolean valid) {
        Locator buttons = form.locator("button:not([type=button]), input[type=submit]");
        submit(form, buttons.count() > 0 ? buttons.first() : null, action, valid);
    }

    public void submit(Locator form, Locator button, String action, boolean valid) {
        form.evaluate(UNGUARD);
        page.evaluate("() => document.documentElement.dataset.walking = 'yes'");
        if (button == null) {
            form.evaluate("f => f.requestSubmit()");
        } else {
            button.click();
        }
        page.waitForCondition(this::leftOrRefused, new Page.WaitForConditionOptions().setTimeout(20_000));
        page.waitForLoadState(LoadState.LOAD);
        walked.add(action + (valid ? " valid" : " invalid"));
        check((valid ? "valid " : "invalid ") + action);
    }

    /** A new document (loaded, or written over this one by an upload script), or the page's script refusing the input. */
    private boolean leftOrRefused() {
        try {
            return (Boolean) page.evaluate("() => !document.documentElement.dataset.walking || [...document.querySelectorAll("
                    + "'.files-problem,#reason-needed')].some(e => !e.hidden && e.textContent.trim())");
        } catch (RuntimeException navigating) {
            return false;
        }
    }

    /** The page as a user sees it now: notes anything recorded, raw JSON and English code words. */
    public void check(String step) {
        problems.forEach(problem -> findings.add(step + ": " + problem));
        problems.clear();
        String contentType = (String) page.evaluate("() => document.contentType");
        String text = visibleText().strip();
        if (contentType.contains("json") || text.startsWith("{") || text.startsWith("[{")) {
            findings.add(step + ": raw JSON (" + contentType + ") " + text.substring(0, Math.min(200, text.length())));
        }
        List<String> words = codeWords(text);
        if (!words.isEmpty()) {
            findings.add(step + ": English code words on " + page.url() + " " + words);
        }
    }

    /** After refused input: a visible Chinese message that names the field. */
    public void assertRefused(String step, String field) {
        String errors = (String) page.evaluate(ERRORS);
        if (!errors.matches("(?s).*\\p{IsHan}.*") || !errors.contains(field)) {
            findings.add(step + ": no Chinese message naming " + field + " on " + where() + ", shown: " + errors.strip());
        }
    }

    /** What the walk found wrong so far, step by step. */
    public List<String> findings() {
        return findings;
    }

    /** The page's address, cut short: findings stay readable after a long query. */
    public String where() {
        String url = page.url();
        return url.length() > 120 ? url.substring(0, 120) + "…" : url;
    }

    public String visibleText() {
        return ((String) page.evaluate(VISIBLE_TEXT)).replaceAll("\\s+", " ");
    }

    private List<String> codeWords(String text) {
        List<String> words = new ArrayList<>();
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            String token = word.group().replaceAll("[.@_-]+$", "");
            if (LETTERS.matcher(token).find() && !EMAIL.matcher(token).matches() && !allowed.test(token)) {
                words.add(token);
            }
        }
        return words;
    }

    /** Words any zh-CN page may show: formats and names of things, not codes. */
    public static final Set<String> PLAIN_WORDS = Set.of("Google", "Microsoft", "Authenticator", "FreeOTP", "PDF", "Excel", "API", "CSV", "JSON", "APP", "Authorization", "api", "Word", "OpenDocument", "Ctrl", "GBK", "UTF-8", "xlsx", "xls",
            "ods", "csv", "pdf", "doc", "docx", "MB", "KB", "HEIC", "JPG", "JPEG", "PNG", "jpg", "png", "heic", "heif",
            "Bearer", "curl", "WPS", "Office", "LibreOffice");
}
