package com.xingping.year;

import com.xingping.support.OnPostgres;

@OnPostgres
class YearClosingOnPostgresIT extends YearClosingContract {
}
