package com.xingping.year;

import org.springframework.data.repository.ListCrudRepository;

interface YearDatesRows extends ListCrudRepository<YearDates, Long> {
}
