package com.xingping.integrity;

import com.xingping.support.OnPostgres;

@OnPostgres
class IntegrityOnPostgresIT extends IntegrityContract {
}
