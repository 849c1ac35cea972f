package com.xingping.rubrics;

import com.xingping.support.OnPostgres;

@OnPostgres
class StoredRubricsOnPostgresIT extends StoredRubricsContract {
}
