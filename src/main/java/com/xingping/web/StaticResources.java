package com.xingping.web;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.VersionResourceResolver;

import jakarta.servlet.DispatcherType;

/**
 * Static files under URLs that change with their content, cached for a year; the same files under
 * their plain names are served too, but revalidated. Pages link to the versioned URL: Thymeleaf's
 * {@code @{/css/xingping.css}} becomes {@code /css/xingping-<md5>.css} and {@code @{/webjars/bootstrap/…}}
 * becomes {@code /webjars/bootstrap/5.3.8/…} (webjars-locator-lite).
 *
 * <p>Only /css, /js and /webjars are resource URLs (Boot's catch-all {@code /**} mapping is off:
 * {@code spring.web.resources.add-mappings=false}). With the catch-all, every link a page renders, such
 * as each row's {@code /review/123}, was looked up on the class path in four places before being left
 * as it was; a review page of 1,000 rows spent most of its time there.
 */
@Configuration
class StaticResources implements WebMvcConfigurer {
    static final CacheControl VERSIONED = CacheControl.maxAge(Duration.ofDays(365)).cachePublic();
    static final CacheControl UNVERSIONED = CacheControl.noCache();
    /** One folder per mapping: the URL rewriting matches with AntPathMatcher, which would not take "/{folder:css|js}/**". */
    private static final List<String> OWN_FOLDERS = List.of("css", "js");
    private static final String WEBJARS = "classpath:/META-INF/resources/webjars/";
    /** A name as the content version strategy writes it: {@code xingping-<md5 hex>.css} (path patterns allow no {32}). */
    private static final String HASHED_NAME = "{file:[\\w.-]+-" + "[0-9a-f]".repeat(32) + "\\.[a-z]+}";

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/webjars/{webjar}/{version:[0-9][\\w.-]*}/**").addResourceLocations(WEBJARS)
                .setCacheControl(VERSIONED).resourceChain(true);
        registry.addResourceHandler("/webjars/**").addResourceLocations(WEBJARS)
                .setCacheControl(UNVERSIONED).resourceChain(true);
        for (String folder : OWN_FOLDERS) {
            String location = "classpath:/static/" + folder + "/";
            registry.addResourceHandler("/" + folder + "/" + HASHED_NAME).addResourceLocations(location)
                    .setCacheControl(VERSIONED).resourceChain(true).addResolver(contentVersions());
            registry.addResourceHandler("/" + folder + "/**").addResourceLocations(location)
                    .setCacheControl(UNVERSIONED).resourceChain(true).addResolver(contentVersions());
        }
        icons(registry);
    }

    /** The tab icon: browsers ask for /favicon.ico by that name, so it cannot be versioned; kept a week. */
    private static void icons(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/favicon.ico", "/favicon.svg").addResourceLocations("classpath:/static/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(7)).cachePublic());
    }

    private static VersionResourceResolver contentVersions() {
        return new VersionResourceResolver().addContentVersionStrategy("/**");
    }

    /** Rewrites the URLs Thymeleaf renders (response.encodeURL) to the versioned ones above. */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        return registration;
    }
}
