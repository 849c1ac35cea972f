package com.xingping.identity;


import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Three chains: the management port (health, info and metrics, open to whoever reaches that port,
 * which listens on the loopback address unless configured otherwise), the JSON API under /api/** (personal access tokens as {@code Authorization: Bearer}, HTTP
 * Basic kept for older clients; stateless, so no CSRF exposure; errors as problem+json) and the pages
 * (form login, session, CSRF on every form). In both, a leader may only read: every method but GET/HEAD
 * is refused for the LEADER role, but for their own password and tokens and the sign-off (审定) of a result's notice.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {
    private static final String[] WRITERS = {"ADMIN", "REVIEWER", "REPORTER"};
    private static final String[] COMMITTEE = {"ADMIN", "REVIEWER"};
    /** everyone but the audit and security administrators, who reach their own pages and their own account only */
    private static final String[] READERS = {"ADMIN", "REVIEWER", "REPORTER", "LEADER"};
    /** reform simulation: the committee works scenarios, leaders read them */
    private static final String[] COMMITTEE_AND_LEADERS = {"ADMIN", "REVIEWER", "LEADER"};

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /**
     * Requests to the management port, when it is a port of its own; on the application's port the
     * actuator's paths fall to the pages' chain, so metrics never become public there by a setting.
     */
    @Bean
    @Order(0)
    SecurityFilterChain management(HttpSecurity http, Environment environment) throws Exception {
        boolean ownPort = ManagementPortType.get(environment) == ManagementPortType.DIFFERENT;
        return http.securityMatcher(ownPort ? EndpointRequest.toAnyEndpoint() : request -> false)
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, TokenAuthenticator tokens, Lockouts lockouts, SignInLog signIns,
                            SecondFactors factors) throws Exception {
        ApiEntryPoint entryPoint = new ApiEntryPoint();
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/v1/audit", "/api/v1/audit/**").hasRole("AUDITOR")
                        .requestMatchers("/api/v1/security/**").hasRole("SECURITY")
                        .requestMatchers("/api/v1/rubrics", "/api/v1/rubrics/**").hasRole("ADMIN")
                        .requestMatchers("/api/v1/review/**", "/api/v1/years/*/signals", "/api/v1/records/*/signals")
                        .hasAnyRole(COMMITTEE)
                        .requestMatchers(HttpMethod.GET, "/api/v1/years/*/reform/**").hasAnyRole(COMMITTEE_AND_LEADERS)
                        .requestMatchers("/api/v1/years/*/reform/**").hasAnyRole(COMMITTEE)
                        .requestMatchers(HttpMethod.GET, "/api/v1/me", "/api/v1/me/**").authenticated()
                        .requestMatchers(HttpMethod.GET, "/api/**").hasAnyRole(READERS)
                        .requestMatchers(HttpMethod.POST, "/api/v1/scoring/evaluate").hasAnyRole(READERS)
                        // a result's notice: the committee posts and decides, a unit objects, a leader signs off
                        .requestMatchers(HttpMethod.POST, "/api/v1/results/notice", "/api/v1/results/objections/*/decision")
                        .hasRole("ADMIN")
                        .requestMatchers(HttpMethod.POST, "/api/v1/results/notice/*/objections").hasRole("REPORTER")
                        .requestMatchers(HttpMethod.POST, "/api/v1/results/notice/*/sign-off").hasRole("LEADER")
                        .requestMatchers(HttpMethod.HEAD, "/api/**").hasAnyRole(READERS)
                        .requestMatchers(HttpMethod.PUT, PasswordChangeFilter.API_PASSWORD).authenticated()
                        .requestMatchers("/api/v1/me/tokens", "/api/v1/me/tokens/*").authenticated()
                        .anyRequest().hasAnyRole(WRITERS))
                .addFilterBefore(new BearerTokenFilter(tokens, entryPoint), BasicAuthenticationFilter.class)
                .addFilterBefore(new SignInGuard(lockouts, signIns, true), BasicAuthenticationFilter.class)
                .addFilterAfter(new ApiSecondFactorCheck(factors), BasicAuthenticationFilter.class)
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(ex -> ex.authenticationEntryPoint(entryPoint).accessDeniedHandler((request, response, e) ->
                        SecurityErrors.problem(response, HttpStatus.FORBIDDEN, "无权执行此操作")))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, Accounts accounts, Lockouts lockouts, SignInLog signIns,
                              SecondFactors factors, SessionLimit limit,
                              @Value("${xingping.security.api-docs-public:false}") boolean apiDocsPublic) throws Exception {
        return http
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/favicon.svg", "/error",
                                "/actuator/health", "/actuator/health/**", "/livez", "/readyz").permitAll()
                        // the API's description names every route and field: for signed-in users unless set public
                        .requestMatchers("/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml")
                        .access(apiDocsPublic ? (authentication, context) -> new AuthorizationDecision(true)
                                : AuthenticatedAuthorizationManager.authenticated())
                        .requestMatchers("/units/new", "/units/*/edit", "/accounts/**", "/years/new", "/rubrics", "/rubrics/**")
                        .hasRole("ADMIN")
                        .requestMatchers(HttpMethod.POST, "/units/**", "/years/**").hasRole("ADMIN")
                        .requestMatchers("/audit", "/audit/**").hasRole("AUDITOR")
                        .requestMatchers("/security", "/security/**").hasRole("SECURITY")
                        .requestMatchers("/review", "/review/**", "/integrity", "/integrity/**").hasAnyRole(COMMITTEE)
                        .requestMatchers(HttpMethod.GET, "/reform", "/reform/**").hasAnyRole(COMMITTEE_AND_LEADERS)
                        .requestMatchers("/reform", "/reform/**").hasAnyRole(COMMITTEE)
                        .requestMatchers(HttpMethod.GET, "/", "/account/**", "/inbox", "/inbox/**", "/login/totp").authenticated()
                        .requestMatchers(HttpMethod.GET, "/**").hasAnyRole(READERS)
                        .requestMatchers(HttpMethod.POST, "/simulator").hasAnyRole(READERS)
                        .requestMatchers(HttpMethod.POST, "/results/notice", "/results/objections/*/decision").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.POST, "/results/notice/*/objections").hasRole("REPORTER")
                        .requestMatchers(HttpMethod.POST, "/results/notice/*/sign-off").hasRole("LEADER")
                        .requestMatchers("/logout", "/account/password", "/account/tokens", "/account/tokens/**",
                                "/account/totp/**", "/login/totp", "/inbox/**")
                        .authenticated()
                        .anyRequest().hasAnyRole(WRITERS))
                .formLogin(form -> form.loginPage("/login").successHandler(new PageSignInSuccess(factors, limit))
                        // "Location: /login", never built from the request's Host (which a client or X-Forwarded-Host may forge)
                        .withObjectPostProcessor(new ObjectPostProcessor<LoginUrlAuthenticationEntryPoint>() {
                            @Override
                            public <O extends LoginUrlAuthenticationEntryPoint> O postProcess(O entryPoint) {
                                entryPoint.setFavorRelativeUris(true);
                                return entryPoint;
                            }
                        })
                        .failureHandler(PasswordSignIn.pageFailures(accounts, lockouts))
                        .permitAll())
                .addFilterBefore(new SignInGuard(lockouts, signIns, false), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new SessionCheck(accounts), AnonymousAuthenticationFilter.class)
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                // no page address (which may carry an upload form's CSRF token) leaves the site in a Referer
                .headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }
}
