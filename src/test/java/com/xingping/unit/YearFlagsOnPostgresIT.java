package com.xingping.unit;

import com.xingping.support.OnPostgres;

@OnPostgres
class YearFlagsOnPostgresIT extends YearFlagsContract {
}
