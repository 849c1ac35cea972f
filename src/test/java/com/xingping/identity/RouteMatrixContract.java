package com.xingping.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.xingping.support.Platform;

/**
 * Every route of the platform (as Spring MVC maps them) asked by every role and by nobody signed in;
 * a route is "reached" when the answer is anything but a refusal (401, 403, or the sign-in page).
 * The whole matrix must equal {@code access/route-roles.txt} (so any change of who reaches what is a
 * visible, reviewed change of that file), no answer may be a server error, and the 三员分立 holds
 * by rule, whatever the file says: the security and audit administrators reach only their own pages
 * and their own account, the system administrator reaches neither, only the system administrator
 * manages accounts, and a leader writes nothing but their own account. Path variables are numbers no
 * row has, so an allowed write finds nothing to change; the context has a database of its own.
 */
@SpringBootTest(properties = "xingping.test.database=matrix")
@AutoConfigureMockMvc
abstract class RouteMatrixContract {
    private static final Path EXPECTED = Path.of("src/test/resources/access/route-roles.txt");
    /** The one write a leader makes: the sign-off (审定) of a result's notice. */
    private static final Set<String> SIGN_OFFS = Set.of("/results/notice/{id}/sign-off",
            "/api/v1/results/notice/{id}/sign-off");
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}/]+?)(?::[^}]*)?}");
    /** what every signed-in account may use: its own account, inbox, home, sign-in and sign-out, the API's description */
    private static final List<String> OWN = List.of("/account", "/api/v1/me", "/inbox", "/login", "/logout",
            "/swagger-ui.html", "/v3/api-docs", "/v3/api-docs.yaml");
    private static final String ANONYMOUS = "ANONYMOUS";

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    record Route(String method, String pattern) implements Comparable<Route> {
        @Override
        public int compareTo(Route other) {
            int byPattern = pattern.compareTo(other.pattern);
            return byPattern != 0 ? byPattern : method.compareTo(other.method);
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }

        boolean own() {
            return pattern.equals("/") || OWN.stream().anyMatch(this::under);
        }

        boolean under(String start) {
            return pattern.equals(start) || pattern.startsWith(start + "/");
        }
    }

    @AfterEach
    void signOut() {
        Platform.signOut();
    }

    @Test
    void everyRouteAnswersEachRoleAsTheMatrixSaysAndTheThreeAdministratorsStaySeparate() throws Exception {
        Platform platform = new Platform(context);
        platform.year();
        Map<Role, CurrentUser> users = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            users.put(role, role == Role.REPORTER ? Platform.user(platform.reporter(platform.unit("矩阵单位")))
                    : Platform.user(platform.account(role)));
        }
        Map<Route, Set<String>> reached = new TreeMap<>();
        List<String> serverErrors = new ArrayList<>();
        for (Route route : routes()) {
            Set<String> who = new TreeSet<>();
            if (reaches(route, null, serverErrors)) {
                who.add(ANONYMOUS);
            }
            for (Role role : Role.values()) {
                if (reaches(route, users.get(role), serverErrors)) {
                    who.add(role.name());
                }
            }
            reached.put(route, who);
        }
        assertThat(serverErrors).as("server errors").isEmpty();
        String observed = reached.entrySet().stream()
                .map(entry -> entry.getKey() + " " + (entry.getValue().isEmpty() ? "-" : String.join(",", entry.getValue())))
                .collect(Collectors.joining("\n", "", "\n"));
        Path written = Path.of("target", "route-roles.txt");
        Files.createDirectories(written.getParent());
        Files.writeString(written, observed, StandardCharsets.UTF_8);

        for (Map.Entry<Route, Set<String>> entry : reached.entrySet()) {
            Route route = entry.getKey();
            Set<String> who = entry.getValue();
            if (!route.own()) {
                assertThat(who.contains(Role.SECURITY.name())).as("the security administrator reaches " + route)
                        .isEqualTo(route.under("/security") || route.under("/api/v1/security"));
                assertThat(who.contains(Role.AUDITOR.name())).as("the audit administrator reaches " + route)
                        .isEqualTo(route.under("/audit") || route.under("/api/v1/audit"));
            }
            if (route.under("/security") || route.under("/api/v1/security") || route.under("/audit") || route.under("/api/v1/audit")) {
                assertThat(who).as(route + " belongs to one administrator").hasSizeLessThanOrEqualTo(1)
                        .doesNotContain(Role.ADMIN.name());
            }
            if (route.under("/accounts") || route.under("/api/v1/accounts")) {
                assertThat(who).as(route + " is the system administrator's").containsOnly(Role.ADMIN.name());
            }
            if (!route.method().equals("GET") && !route.own() && !route.pattern().equals("/api/v1/scoring/evaluate")
                    && !route.pattern().equals("/simulator") && !SIGN_OFFS.contains(route.pattern())) {
                assertThat(who).as("a leader writes " + route).doesNotContain(Role.LEADER.name());
            }
        }

        assertThat(observed).as("the route × role matrix (observed in " + written + ")").isEqualTo(expected());
    }

    private static String expected() throws IOException {
        return Files.readAllLines(EXPECTED, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).collect(Collectors.joining("\n", "", "\n"));
    }

    private Set<Route> routes() {
        Set<Route> routes = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (pattern.equals("/error")) {
                    continue;
                }
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    if (method != RequestMethod.HEAD && method != RequestMethod.OPTIONS) {
                        routes.add(new Route(method.name(), pattern));
                    }
                }
            }
        }
        return routes;
    }

    private boolean reaches(Route route, CurrentUser user, List<String> serverErrors) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.valueOf(route.method()), uri(route.pattern()));
        if (!route.method().equals("GET")) {
            request.with(csrf());
            if (route.pattern().startsWith("/api/")) {
                request.contentType(MediaType.APPLICATION_JSON).content("{}");
            }
        }
        if (user != null) {
            request.with(user(user));
        }
        MvcResult result = mvc.perform(request).andReturn();
        int status = result.getResponse().getStatus();
        if (status >= 500 && status != 503) {
            serverErrors.add(route + " as " + (user == null ? ANONYMOUS : user.role()) + ": " + status);
        }
        String location = result.getResponse().getHeader("Location");
        boolean toSignIn = status == 302 && location != null && location.contains("/login") && !route.pattern().startsWith("/login")
                && !route.pattern().equals("/logout");
        return status != 401 && status != 403 && !toSignIn;
    }

    /** The pattern with a number no row has for each variable, so that a reached write changes nothing. */
    private static String uri(String pattern) {
        Matcher variable = VARIABLE.matcher(pattern.replace("/**", "/x"));
        StringBuilder uri = new StringBuilder();
        while (variable.find()) {
            variable.appendReplacement(uri, "987654");
        }
        variable.appendTail(uri);
        return uri.toString();
    }
}
