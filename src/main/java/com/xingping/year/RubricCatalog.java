package com.xingping.year;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import com.xingping.rubric.Rubric;
import com.xingping.rubric.RubricLoader;

/** The rubric files shipped under {@code rubrics/}, each loaded and validated once. */
@Component
public class RubricCatalog {
    private final List<Rubric> rubrics;

    RubricCatalog() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:rubrics/*.yaml");
            rubrics = Arrays.stream(files).map(Resource::getFilename).filter(Objects::nonNull)
                    .map(name -> RubricLoader.bundled(name.substring(0, name.length() - ".yaml".length())))
                    .sorted((a, b) -> Integer.compare(b.year(), a.year())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Rubric> all() {
        return rubrics;
    }

    public Rubric get(String id) {
        return RubricLoader.bundled(id);
    }
}
